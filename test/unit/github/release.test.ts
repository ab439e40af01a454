import { describe, expect, it } from 'vitest';
import { cardFor, eventOf, interpret, malformedMessage } from '../../fixtures/github/interpret.js';
import { releasePayload, without } from '../../fixtures/github/payloads.js';

describe('GitHub release', () => {
  it('reads a published release', () => {
    expect(eventOf('release', releasePayload(), 'release')).toEqual({
      source: 'github',
      type: 'release',
      repo: { fullName: 'octo-org/octo-repo', url: 'https://github.com/octo-org/octo-repo' },
      action: 'published',
      tag: 'v2.1.0',
      name: 'Spring release',
      author: 'monalisa',
      prerelease: false,
      draft: false,
      url: 'https://github.com/octo-org/octo-repo/releases/tag/v2.1.0',
      body: '## Changes\n- faster uploads',
    });
  });

  it.each(['', null])('treats a release name of %j as absent', (name) => {
    expect(
      eventOf('release', releasePayload({ release: { name } }), 'release').name,
    ).toBeUndefined();
  });

  it.each(['created', 'released', 'prereleased'])(
    'ignores "%s", which arrives alongside "published" for the same release',
    (action) => {
      expect(interpret('release', releasePayload({ action }))).toMatchObject({
        kind: 'ignored',
        eventName: 'release',
      });
    },
  );

  it('calls a release without a tag malformed', () => {
    expect(malformedMessage('release', without(releasePayload(), 'release.tag_name'))).toBe(
      'release payload is missing release.tag_name',
    );
  });

  it('shows the release name, tag, author and notes', () => {
    const c = cardFor('release', releasePayload());
    expect(c.title).toBe('[octo-org/octo-repo] Release Spring release (v2.1.0) published');
    expect(c.subtitle).toBe('By monalisa');
    expect(c.accent).toBe('good');
    expect(c.text).toBe('## Changes\n- faster uploads');
    expect(c.facts).toEqual([{ title: 'Tag', value: 'v2.1.0' }]);
    expect(c.links).toEqual([
      { title: 'View release', url: 'https://github.com/octo-org/octo-repo/releases/tag/v2.1.0' },
    ]);
  });

  it('uses the tag when the release has no name and flags a pre-release', () => {
    const c = cardFor('release', releasePayload({ release: { name: '', prerelease: true } }));
    expect(c.title).toBe('[octo-org/octo-repo] Pre-release v2.1.0 published');
    expect(c.facts).toContainEqual({ title: 'Pre-release', value: 'yes' });
  });

  it('does not link to a deleted release', () => {
    const c = cardFor('release', releasePayload({ action: 'deleted' }));
    expect(c.title).toContain('deleted');
    expect(c.text).toBeUndefined();
    expect(c.links).toEqual([
      { title: 'View repository', url: 'https://github.com/octo-org/octo-repo' },
    ]);
  });
});

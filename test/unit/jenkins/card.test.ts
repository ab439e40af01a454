import { describe, expect, it } from 'vitest';
import { adaptiveCard, BUILD_URL, contentOf, factsOf, messageCard } from './fixtures.js';

describe('Jenkins card model', () => {
  it('shows the summary, the build line, every fact and the build link', () => {
    const { card } = contentOf(messageCard());
    expect(card).toMatchObject({
      source: 'Jenkins',
      title: 'api: Build #12 Failed',
      summary: 'api: Build #12 Failed',
      titleUrl: BUILD_URL,
      subtitle: 'Latest status of build #12',
      accent: 'attention',
    });
    expect(factsOf({ card } as never)).toEqual({
      Status: 'Build Failed',
      Remarks: 'Started by timer.',
      Developers: 'Ana Silva',
    });
    expect(card.links).toEqual([{ title: 'View Build', url: BUILD_URL }]);
  });

  it.each([
    ['Build Success', 'good'],
    ['Back to Normal', 'good'],
    ['Repeated Failure', 'attention'],
    ['Build Unstable', 'warning'],
    ['Build Aborted', 'default'],
    ['Started', 'accent'],
  ])('"%s" is %s whatever the colour', (status, accent) => {
    expect(contentOf(messageCard({ themeColor: '#00FF00' }, status)).card.accent).toBe(accent);
  });

  it('says Started in the title, since the summary of a started build does not', () => {
    const { card } = contentOf(
      messageCard({ summary: 'api: Build #12', themeColor: '3479BF' }, 'Started'),
    );
    expect(card.title).toBe('api: Build #12 Started');
  });

  it.each([
    ['#00FF00', 'good'],
    ['#CC0003', 'attention'],
    ['3479BF', 'accent'],
    ['#FFA500', 'warning'],
    ['#9E9E9E', 'default'],
    ['not a colour', 'default'],
  ])('a step coloured %s is %s', (themeColor, accent) => {
    const step = {
      summary: 'api: Build #12',
      themeColor,
      sections: [{ activityTitle: 'Notification from api', activitySubtitle: 'Tests passed' }],
    };
    expect(contentOf(step).card.accent).toBe(accent);
  });

  it('a step’s message is the text, its own status a fact and in the preview, not the title', () => {
    const { card } = contentOf({
      summary: 'api: Build #12',
      sections: [
        {
          facts: [{ name: 'Status', value: 'Deploying' }],
          activityTitle: 'Notification from api',
          activitySubtitle: 'Deploying 2.4 to **staging**',
        },
      ],
    });
    expect(card.title).toBe('api: Build #12');
    expect(card.summary).toBe('api: Build #12 (Deploying)');
    expect(card.subtitle).toBeUndefined();
    expect(card.text).toBe('Deploying 2.4 to **staging**');
    expect(factsOf({ card } as never).Status).toBe('Deploying');
  });

  it('links the title to the build, not to the pull request', () => {
    const { card } = contentOf(
      messageCard({
        potentialAction: [
          {
            '@type': 'ViewAction',
            name: 'View Pull Request',
            target: ['https://github.com/o/r/pull/1'],
          },
          { '@type': 'ViewAction', name: 'View Build', target: [BUILD_URL] },
        ],
      }),
    );
    expect(card.titleUrl).toBe(BUILD_URL);
    expect(card.links.map((l) => l.title)).toEqual(['View Pull Request', 'View Build']);
  });

  it('keeps a plain-http build link on the title and reads OpenUri actions too', () => {
    const http = 'http://localhost:8080/job/api/12/';
    const { card } = contentOf(
      messageCard({
        potentialAction: [
          { '@type': 'OpenUri', name: 'View Build', targets: [{ os: 'default', uri: http }] },
        ],
      }),
    );
    expect(card.titleUrl).toBe(http);
  });

  it('never links a javascript: target', () => {
    const { card } = contentOf(
      messageCard({
        potentialAction: [{ '@type': 'ViewAction', name: 'x', target: ['javascript:alert(1)'] }],
      }),
    );
    expect(card.links).toEqual([]);
    expect(card.titleUrl).toBeUndefined();
  });

  it('reads an Adaptive Card: summary, status line, facts and colour', () => {
    const { card } = contentOf(
      adaptiveCard({ actions: [{ type: 'Action.OpenUrl', title: 'View Build', url: BUILD_URL }] }),
    );
    expect(card).toMatchObject({
      title: 'api: Build #12 Success',
      subtitle: 'Latest status of build #12',
      accent: 'good',
      titleUrl: BUILD_URL,
    });
    expect(card.text).toBeUndefined();
    expect(card.facts).toEqual([
      { title: 'Status', value: 'Build Success' },
      { title: 'Remarks', value: 'Started by Ana.' },
    ]);
  });
});

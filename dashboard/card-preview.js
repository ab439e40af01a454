import { h } from './dom.js';

// Roughly Teams' look: its font, its accent, its spacing. The renderer is the adaptivecards
// package (window.AdaptiveCards, loaded beside this script).
const HOST_CONFIG = {
  fontFamily: "'Segoe UI', system-ui, sans-serif",
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 12 },
  containerStyles: {
    default: {
      backgroundColor: '#ffffff',
      foregroundColors: {
        default: { default: '#242424', subtle: '#616161' },
        accent: { default: '#5b5fc7', subtle: '#7f85f5' },
        good: { default: '#237b4b', subtle: '#2f9e61' },
        warning: { default: '#835c00', subtle: '#a37400' },
        attention: { default: '#c4314b', subtle: '#d4536a' },
      },
    },
  },
  actions: { maxActions: 6, buttonSpacing: 8, actionsOrientation: 'horizontal' },
};

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * The Markdown subset Teams renders in a TextBlock: bold, italic, code, http(s) links (their
 * text may hold balanced brackets) and line breaks. Everything is escaped first, so a card's
 * text can never become markup; a backslash-escaped character stays that character.
 */
export function markdownToHtml(text) {
  return escapeHtml(text)
    .replace(/\\([!-/:-@[-`{-~])/g, (_m, c) => `&#${c.charCodeAt(0)};`)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(
      /\[((?:[^[\]]|\[[^[\]]*\])+)\]\((https?:\/\/[^\s)]+)\)/g,
      '<a href="$2" target="_blank" rel="noopener noreferrer">$1</a>',
    )
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[\s(>])_([^_]+)_(?=$|[\s).,<])/g, '$1<em>$2</em>')
    .replace(/\n/g, '<br>');
}

function renderAdaptive(card) {
  const AC = window.AdaptiveCards;
  if (!AC) return h('p', { class: 'note error' }, 'The card renderer did not load.');
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = markdownToHtml(text);
    result.didProcess = true;
  };
  const adaptive = new AC.AdaptiveCard();
  adaptive.hostConfig = new AC.HostConfig(HOST_CONFIG);
  adaptive.onExecuteAction = (action) => {
    // Links open as Teams opens them; nothing else runs from a preview.
    if (action instanceof AC.OpenUrlAction && /^https?:/i.test(action.url ?? '')) {
      window.open(action.url, '_blank', 'noopener,noreferrer');
    }
  };
  adaptive.parse(card);
  return adaptive.render() ?? h('p', {}, 'This card renders as nothing.');
}

/** Legacy connector cards: their title, text, facts and links, as Outlook-style cards show. */
function renderMessageCard(card) {
  const sections = Array.isArray(card.sections) ? card.sections : [];
  const links = (Array.isArray(card.potentialAction) ? card.potentialAction : [])
    .filter((a) => a['@type'] === 'OpenUri')
    .map((a) => {
      const uri = (a.targets ?? []).find((t) => /^https?:/i.test(t.uri ?? ''))?.uri;
      return uri ? h('a', { href: uri, target: '_blank', rel: 'noopener noreferrer' }, a.name) : '';
    });
  return h(
    'div',
    {
      class: 'message-card',
      style: card.themeColor ? `border-left-color:#${card.themeColor}` : undefined,
    },
    card.title ? h('h4', {}, card.title) : '',
    card.text ? h('p', {}, card.text) : '',
    sections.map((s) =>
      h(
        'section',
        {},
        s.activityTitle ? h('p', { class: 'strong' }, s.activityTitle) : '',
        s.activitySubtitle ? h('p', { class: 'subtle' }, s.activitySubtitle) : '',
        s.text ? h('p', {}, s.text) : '',
        Array.isArray(s.facts) && s.facts.length
          ? h(
              'dl',
              {},
              s.facts.map((f) => [h('dt', {}, f.name), h('dd', {}, f.value)]),
            )
          : '',
      ),
    ),
    links.length ? h('p', { class: 'links' }, links) : '',
  );
}

/** A card drawn in the page; `format` is `adaptive` or `messagecard`. */
export function cardPreview(card, format = 'adaptive') {
  let body;
  try {
    body = format === 'messagecard' ? renderMessageCard(card) : renderAdaptive(card);
  } catch (err) {
    body = h('p', { class: 'note error' }, `This card could not be drawn: ${err.message}`);
  }
  return h('div', { class: 'card-preview', 'data-format': format }, body);
}

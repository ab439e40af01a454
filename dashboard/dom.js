// Builds DOM from data without ever parsing data as HTML: text is always a text node.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces what `el` holds. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Says something to everyone, screen readers included. */
export function announce(message, kind = 'info') {
  const status = document.getElementById('status');
  if (!status) return;
  fill(status, h('p', { class: `note ${kind}` }, message));
}

export function when(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return h('time', { datetime: iso, title: iso }, date.toLocaleString());
}

const WINDOW_NAMES = { 1: 's', 60: 'min', 3600: 'h', 86400: 'day' };

export function windowName(seconds) {
  for (const unit of [86400, 3600, 60]) {
    if (seconds % unit === 0) {
      const n = seconds / unit;
      return `${n === 1 ? '' : n + ' '}${WINDOW_NAMES[unit]}`;
    }
  }
  return `${seconds} s`;
}

/** "12/25 per 5 min" for each window; "no budget" when there is none. */
export function budgetText(budgetUse) {
  if (!budgetUse || budgetUse.length === 0) return 'no budget';
  return budgetUse.map((w) => `${w.used}/${w.max} per ${windowName(w.perSeconds)}`).join(', ');
}

export function statusBadge(channel) {
  if (channel.status === 'attention_required') {
    return h(
      'span',
      { class: 'badge attention' },
      'Attention Required',
      channel.statusReason ? h('span', { class: 'reason' }, `: ${channel.statusReason}`) : '',
    );
  }
  return h('span', { class: 'badge ok' }, 'URL is up-to-date');
}

export function stateBadge(state) {
  return h('span', { class: `state state-${state}` }, state);
}

/** A table that scrolls sideways on a narrow screen instead of squeezing its columns. */
export function table(caption, headings, rows) {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headings.map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}

/** Runs an action from a button: disables it meanwhile, reports failure in the status line. */
export async function busy(button, action) {
  button.disabled = true;
  try {
    return await action();
  } catch (err) {
    announce(err.message ?? String(err), 'error');
    return undefined;
  } finally {
    button.disabled = false;
  }
}

/**
 * Runs `action(formData)` when the form is submitted, with its submit button disabled
 * meanwhile; a failure is reported in the status line.
 */
export function onSubmit(form, action) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    void busy(button, () => action(new FormData(form)));
  });
  return form;
}

// The conversation id lives in the page address (/#c=<id>), so that a bookmark or a link sent to a
// colleague continues the same audit. The fragment never reaches the server or a Referer header.

const PATTERN = /^#c=([A-Za-z0-9_-]{32})$/;

/** The id in the address, or null for a new conversation. */
export function idFromAddress() {
  const match = PATTERN.exec(window.location.hash);
  return match ? match[1] : null;
}

/** Puts the id into the address without a new history entry, and into the resume link. */
export function remember(id) {
  const hash = `#c=${id}`;
  if (window.location.hash !== hash) {
    window.history.replaceState(null, '', hash);
  }
  document.getElementById('resume-link').href = window.location.href;
}

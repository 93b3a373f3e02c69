// The team name chosen on this device: kept in localStorage so that the next new conversation
// belongs to the same team, and per conversation so that a restored one shows its team. Nothing
// here reaches the server except through POST /api/v1/conversations.

const CURRENT = 'auditbot.team';
const OF_CONVERSATION = 'auditbot.team:';

function read(key) {
  try {
    return window.localStorage.getItem(key) || '';
  } catch (unavailable) {
    return '';
  }
}

function write(key, value) {
  try {
    if (value) {
      window.localStorage.setItem(key, value);
    } else {
      window.localStorage.removeItem(key);
    }
  } catch (unavailable) {
    // Private modes may refuse storage; the team then holds for this page only.
  }
}

/** The team name new conversations start with, or '' for none. */
export function currentTeam() {
  return read(CURRENT);
}

export function chooseTeam(name) {
  write(CURRENT, name);
}

/** The team a conversation was started with on this device, or '' when unknown or none. */
export function teamOf(conversationId) {
  return read(OF_CONVERSATION + conversationId);
}

export function rememberTeamOf(conversationId, name) {
  write(OF_CONVERSATION + conversationId, name);
}

// Wires the chat page together: opens or restores the conversation named in the address, sends
// what the team types or clicks, and draws the bot's replies, the progress and the result.

import { api } from './api.js';
import { ChatView } from './chat-view.js';
import { idFromAddress, remember } from './conversation-link.js';
import { currentLanguage, t, useLanguage } from './i18n.js';
import { ProgressView } from './progress-view.js';
import { ResultView } from './result-view.js';
import { chooseTeam, currentTeam, rememberTeamOf, teamOf } from './team-memory.js';

const byId = (id) => document.getElementById(id);
const input = byId('message-input');
const teamInput = byId('team-input');
const status = byId('status');
const error = byId('error');
const chat = new ChatView(byId('messages'), byId('quick-replies'), (reply) => send(reply, { fromButton: true }));
const progress = new ProgressView(byId('progress-label'), byId('progress-bar'), byId('progress-answered'));
const result = new ResultView(byId('result'));

let conversationId = null;
let busy = false;

// "Sending …" only when the bot takes a noticeable while: announced after every message, it would
// only add noise for screen reader users.
const SENDING_NOTICE_AFTER_MS = 1000;

async function start() {
  const id = idFromAddress();
  try {
    if (id) {
      await restore(id);
    } else {
      await useLanguage('de');
      await openConversation(currentTeam());
    }
  } catch (failure) {
    await useLanguage(currentLanguage()).catch(() => {});
    fail(failure.status === 404 ? 'error.notFound' : 'error.start');
  } finally {
    chat.busy(false);
  }
}

/** Opens a new conversation, for the named team or ('') as its own team. */
async function openConversation(team) {
  const turn = await api.open(currentLanguage(), team);
  conversationId = turn.id;
  rememberTeamOf(turn.id, team);
  teamInput.value = team;
  result.forConversation(turn.id);
  remember(turn.id);
  await applyTurn(turn, false);
}

/**
 * Starts over for the team typed into the team field: a conversation cannot change its team, so
 * a new one begins, and new conversations on this device keep the team from now on.
 */
async function switchTeam(team) {
  if (busy) {
    return;
  }
  busy = true;
  chat.busy(true);
  error.textContent = '';
  status.textContent = '';
  try {
    chooseTeam(team);
    chat.clear();
    result.hide();
    await openConversation(team);
    status.textContent = team ? t('team.started', { team }) : t('team.startedWithout');
    input.focus();
  } catch (failure) {
    error.textContent = t('error.start');
  } finally {
    busy = false;
    chat.busy(false);
  }
}

/** Draws a stored conversation again: transcript, quick replies, progress and a final result. */
async function restore(id) {
  const conversation = await api.conversation(id);
  await useLanguage(conversation.locale);
  conversationId = id;
  teamInput.value = teamOf(id);
  result.forConversation(id);
  remember(id);
  for (const entry of conversation.transcript) {
    if (entry.from === 'bot') {
      chat.addBot(entry.text);
    } else {
      chat.addUser(entry.text);
    }
  }
  const last = conversation.transcript[conversation.transcript.length - 1];
  chat.showQuickReplies(last && last.from === 'bot' ? last.quickReplies : [], false);
  progress.render(conversation.progress, conversation.state);
  if (conversation.state === 'RESULT') {
    result.render(await api.result(id));
  }
  input.scrollIntoView({ block: 'nearest' });
}

/**
 * Sends one message. A clicked quick reply disappears with its row, so fromButton moves focus to
 * the next quick replies (or the text field); typed text comes back into the field on failure.
 */
async function send(text, { fromButton = false, typed = false } = {}) {
  if (busy || !conversationId || !text.trim()) {
    return;
  }
  busy = true;
  chat.busy(true);
  error.textContent = '';
  status.textContent = '';
  const slow = window.setTimeout(() => { status.textContent = t('chat.sending'); }, SENDING_NOTICE_AFTER_MS);
  const shown = chat.addUser(text);
  const offered = [...byId('quick-replies').querySelectorAll('button')].map((b) => b.textContent);
  chat.clearQuickReplies();
  try {
    const turn = await api.send(conversationId, text);
    window.clearTimeout(slow);
    status.textContent = '';
    await applyTurn(turn, fromButton);
  } catch (failure) {
    window.clearTimeout(slow);
    chat.remove(shown);
    chat.showQuickReplies(offered, false);
    status.textContent = '';
    error.textContent = t(failure.status === 404 ? 'error.notFound' : 'error.send');
    if (typed) {
      input.value = text;
    }
    input.focus();
  } finally {
    window.clearTimeout(slow);
    busy = false;
    chat.busy(false);
  }
}

async function applyTurn(turn, fromButton) {
  if (turn.locale && turn.locale !== currentLanguage()) {
    await useLanguage(turn.locale);
    progress.refresh();
    if (result.last) {
      result.render(await api.result(conversationId));
    }
  }
  let finalResult = null;
  for (const message of turn.messages) {
    chat.addBot(message.text);
    if (message.result) {
      result.render(message.result);
      finalResult = message.result.finished ? message.result : finalResult;
    }
  }
  if (turn.state === 'MENU' || (turn.state === 'AUDIT' && turn.progress.answered === 0)) {
    result.hide();
  }
  progress.render(turn.progress, turn.state);
  const last = turn.messages[turn.messages.length - 1];
  const focused = chat.showQuickReplies(last ? last.quickReplies : [], fromButton);
  if (fromButton && !focused) {
    input.focus();
  }
  if (finalResult) {
    status.textContent = t('result.ready');
    byId('result-heading').scrollIntoView({ block: 'start' });
  } else {
    input.scrollIntoView({ block: 'nearest' });
  }
}

function fail(key) {
  error.textContent = t(key);
  chat.clearQuickReplies();
  byId('composer').hidden = true;
}

byId('composer').addEventListener('submit', (event) => {
  event.preventDefault();
  if (busy) {
    return;
  }
  const text = input.value;
  input.value = '';
  send(text, { typed: true });
});

byId('team-form').addEventListener('submit', (event) => {
  event.preventDefault();
  switchTeam(teamInput.value.trim().replace(/\s+/g, ' '));
});

// The skip link focuses the field itself: following it as a link would replace #c=<id> in the address.
document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  input.focus();
});

byId('language-switch').addEventListener('click', () => send(t('language.switchMessage')));

// A link to another conversation pasted into this tab: start over with that one.
window.addEventListener('hashchange', () => {
  const id = idFromAddress();
  if (id && id !== conversationId) {
    window.location.reload();
  }
});

start();

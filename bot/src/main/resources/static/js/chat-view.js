// The conversation as bubbles in a log region (announced politely by screen readers), and the
// quick replies under the last bot message. Every text is inserted as text, never as HTML.

import { t } from './i18n.js';

const LINK = /(https:\/\/[^\s<>"]+[^\s<>".,;:!?)“”])/;

export class ChatView {
  constructor(log, quickReplies, onQuickReply) {
    this.log = log;
    this.quickReplies = quickReplies;
    this.onQuickReply = onQuickReply;
  }

  addBot(text) {
    this.add('bot', t('chat.bot'), text);
  }

  addUser(text) {
    return this.add('user', t('chat.user'), text);
  }

  /** Empties the log and the quick replies, for a new conversation in the same page. */
  clear() {
    this.log.replaceChildren();
    this.clearQuickReplies();
  }

  remove(message) {
    message.remove();
  }

  /** Shows the answers the bot offers; optionally moves focus to the first one. */
  showQuickReplies(replies, focusFirst) {
    this.clearQuickReplies();
    for (const reply of replies) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button--quick-reply';
      button.textContent = reply;
      button.addEventListener('click', () => this.onQuickReply(reply));
      this.quickReplies.append(button);
    }
    this.quickReplies.hidden = replies.length === 0;
    if (focusFirst && replies.length > 0) {
      this.quickReplies.firstElementChild.focus();
      return true;
    }
    return false;
  }

  clearQuickReplies() {
    this.quickReplies.replaceChildren();
    this.quickReplies.hidden = true;
  }

  /**
   * Marks the log busy while a reply is awaited or a restored transcript is drawn, so that screen
   * readers announce the new messages once, complete, and do not read a whole transcript out.
   */
  busy(busy) {
    this.log.setAttribute('aria-busy', String(busy));
  }

  add(from, author, text) {
    const message = document.createElement('div');
    message.className = `message message--${from}`;
    const name = document.createElement('span');
    name.className = 'message__author';
    name.textContent = `${author}:`;
    const body = document.createElement('p');
    body.className = 'message__text';
    appendWithLinks(body, text);
    message.append(name, ' ', body);
    this.log.append(message);
    return message;
  }
}

/** Plain text with its https addresses as links; everything else stays a text node. */
function appendWithLinks(parent, text) {
  text.split(LINK).forEach((part, index) => {
    if (index % 2 === 1) {
      const link = document.createElement('a');
      link.href = part;
      link.textContent = part;
      parent.append(link);
    } else if (part) {
      parent.append(document.createTextNode(part));
    }
  });
}

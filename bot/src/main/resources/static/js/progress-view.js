// The progress bar: which principle of how many, in which category, and how many questions are
// answered ("Prinzip 7 von 19 · Vorgehen").

import { t } from './i18n.js';

export class ProgressView {
  constructor(label, bar, answered) {
    this.label = label;
    this.bar = bar;
    this.answered = answered;
    this.last = null;
  }

  render(progress, state) {
    this.last = { progress, state };
    const principles = progress.principles || 1;
    this.bar.max = principles;
    if (state === 'RESULT') {
      this.label.textContent = t('progress.done', { principles });
      this.bar.value = principles;
    } else if (progress.principle != null) {
      this.label.textContent = t('progress.principle', {
        position: progress.position, principles, category: progress.categoryTitle,
      });
      this.bar.value = progress.position;
    } else {
      this.label.textContent = t('progress.none');
      this.bar.value = 0;
    }
    const started = state !== 'MENU' || progress.answered > 0;
    this.answered.textContent = started && progress.total > 0
      ? t('progress.answered', { answered: progress.answered, total: progress.total })
      : '';
  }

  /** Draws the last progress again, in the page's current language. */
  refresh() {
    if (this.last) {
      this.render(this.last.progress, this.last.state);
    }
  }
}

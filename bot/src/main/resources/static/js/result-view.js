// The result: overall score, the radar chart, every category with its principles and traffic
// lights (always with their name in words, never colour alone), and the next steps with links.

import { t } from './i18n.js';
import { drawRadar } from './radar-chart.js';
import { ReportLinks } from './report-links.js';

export class ResultView {
  constructor(section) {
    this.section = section;
    this.heading = section.querySelector('#result-heading');
    this.overall = section.querySelector('#result-overall');
    this.chart = section.querySelector('#radar-chart');
    this.categories = section.querySelector('#result-categories');
    this.nextSteps = section.querySelector('#result-next-steps');
    this.last = null;
    this.report = new ReportLinks(section.querySelector('#report-links'), section.querySelector('#trend-figure'));
    this.conversationId = null;
  }

  /** The conversation whose report the result links to. */
  forConversation(id) {
    this.conversationId = id;
  }

  render(result) {
    this.last = result;
    this.heading.textContent = t(result.finished ? 'result.heading' : 'result.interimHeading');
    this.overall.textContent = t('result.overall', {
      score: percent(result.overall.score), answered: result.overall.answered, applicable: result.overall.applicable,
    });
    drawRadar(this.chart, result.categories, percent);
    this.categories.replaceChildren(...result.categories.map((category) => this.category(category, result.principles)));
    this.nextSteps.replaceChildren(this.steps(result.nextSteps));
    this.report.render(this.conversationId, result.finished);
    this.section.hidden = false;
  }

  hide() {
    this.last = null;
    this.section.hidden = true;
  }

  /** Draws the last result again, in the page's current language (the data keeps the old one). */
  refresh() {
    if (this.last) {
      this.render(this.last);
    }
  }

  category(category, principles) {
    const block = node('section', 'category-result');
    const heading = node('h3', 'category-result__title');
    // An open score says no more than its light; only a real score is worth repeating.
    const title = category.score == null
      ? category.title
      : t('result.category', { title: category.title, score: percent(category.score) });
    heading.append(node('span', '', title), ' ', light(category.light));
    const list = node('ul', 'category-result__principles');
    for (const principle of principles.filter((p) => p.category === category.id)) {
      const item = node('li', 'principle-result');
      item.append(
        node('span', 'principle-result__title', t('result.principle', principle)),
        ' ', light(principle.light), ' ',
        node('span', 'principle-result__score', principle.score == null
          ? t('result.coverage', principle)
          : `${percent(principle.score)} · ${t('result.coverage', principle)}`),
      );
      list.append(item);
    }
    block.append(heading, list);
    return block;
  }

  steps(nextSteps) {
    if (nextSteps.length === 0) {
      return node('p', '', t('result.noNextSteps'));
    }
    const list = node('ol', 'next-steps');
    for (const step of nextSteps) {
      const item = node('li', 'next-step');
      const link = node('a', 'next-step__link', t('result.nextStepLink', { number: step.principle }));
      link.href = step.link;
      item.append(
        node('p', 'next-step__title', t('result.nextStepTitle', { number: step.principle, title: step.title })),
        node('p', 'next-step__text', step.text),
        link,
      );
      list.append(item);
    }
    return list;
  }
}

/** A traffic light: a coloured dot for the eye and its name in words for everyone. */
function light(name) {
  const badge = node('span', `light light--${name.toLowerCase().replace('_', '-')}`);
  const dot = node('span', 'light__dot');
  dot.setAttribute('aria-hidden', 'true');
  badge.append(dot, node('span', 'visually-hidden', `${t('light.label')}: `), node('span', 'light__name', t(`light.${name}`)));
  return badge;
}

function percent(score) {
  return score == null ? t('result.noScore') : `${Math.round(score * 100)} %`;
}

function node(name, className, text) {
  const element = document.createElement(name);
  if (className) {
    element.className = className;
  }
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

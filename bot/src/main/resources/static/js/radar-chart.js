// The six-category radar chart, drawn as SVG in the page: one axis per category, rings at 25, 50,
// 75 and 100 %, the scores as a filled polygon. Colours come from the style sheet (classes only),
// so the chart follows the light and dark schemes and needs no inline style.

import { t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const RADIUS = 110;
const LABEL_RADIUS = 124;
const RINGS = [0.25, 0.5, 0.75, 1];

/** Replaces the container's content with a chart of the categories (score 0..1 or null). */
export function drawRadar(container, categories, percent) {
  const svg = element('svg', {
    class: 'radar__svg', viewBox: '-280 -150 560 300', role: 'img',
    'aria-labelledby': 'radar-title radar-description',
  });
  svg.append(
    element('title', { id: 'radar-title' }, t('result.radarTitle')),
    element('desc', { id: 'radar-description' }, t('result.radarDescription', {
      list: categories.map((c) => `${c.title} ${percent(c.score)}`).join(', '),
    })),
  );
  const points = (fraction) => categories.map((c, i) => point(i, categories.length, fraction(c)));

  for (const ring of RINGS) {
    svg.append(element('polygon', { class: 'radar__ring', points: format(points(() => ring)) }));
  }
  categories.forEach((category, i) => {
    const end = point(i, categories.length, 1);
    svg.append(element('line', { class: 'radar__axis', x1: 0, y1: 0, x2: end.x, y2: end.y }));
    svg.append(label(category.title, i, categories.length));
  });
  const scores = points((c) => c.score ?? 0);
  svg.append(element('polygon', { class: 'radar__area', points: format(scores) }));
  scores.forEach((p, i) => {
    const open = categories[i].score == null;
    svg.append(element('circle', { class: open ? 'radar__dot radar__dot--open' : 'radar__dot', cx: p.x, cy: p.y, r: 4 }));
  });
  container.replaceChildren(svg);
}

function point(index, count, fraction) {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  return { x: round(Math.cos(angle) * RADIUS * fraction), y: round(Math.sin(angle) * RADIUS * fraction) };
}

function label(text, index, count) {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const x = round(Math.cos(angle) * LABEL_RADIUS);
  const y = round(Math.sin(angle) * LABEL_RADIUS);
  const anchor = Math.abs(x) < 1 ? 'middle' : x > 0 ? 'start' : 'end';
  const baseline = y < -RADIUS / 2 ? 'auto' : y > RADIUS / 2 ? 'hanging' : 'middle';
  return element('text', {
    class: 'radar__label', x, y, 'text-anchor': anchor, 'dominant-baseline': baseline,
  }, text);
}

function element(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    node.setAttribute(key, String(value));
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

const round = (value) => Math.round(value * 10) / 10;
const format = (points) => points.map((p) => `${p.x},${p.y}`).join(' ');

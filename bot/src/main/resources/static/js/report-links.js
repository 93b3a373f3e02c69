// The team report under the result: downloads as HTML (to print), Markdown and JSON, and, once a
// run is finished, the trend chart the server draws. The trend is only asked for when a run
// exists, so the page never requests an image that cannot be there.

import { t } from './i18n.js';

const BASE = '/api/v1/conversations/';

export class ReportLinks {
  constructor(list, trendFigure) {
    this.list = list;
    this.trendFigure = trendFigure;
    this.trend = trendFigure.querySelector('img');
  }

  render(conversationId, finished) {
    if (!conversationId) {
      return;
    }
    const report = `${BASE}${encodeURIComponent(conversationId)}/report`;
    this.list.replaceChildren(
      item(`${report}?format=html`, t('report.html'), null),
      item(`${report}?format=md`, t('report.markdown'), 'auditbot-bericht.md'),
      item(`${report}?format=json`, t('report.json'), 'auditbot-bericht.json'),
    );
    if (finished) {
      this.trend.alt = t('report.trendAlt');
      // A new address per result, so the browser never shows yesterday's trend.
      this.trend.src = `${report}/charts/trend.svg?at=${Date.now()}`;
      this.trendFigure.hidden = false;
    } else {
      this.trendFigure.hidden = true;
    }
  }
}

function item(href, text, download) {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = text;
  if (download) {
    link.setAttribute('download', download);
  }
  li.append(link);
  return li;
}

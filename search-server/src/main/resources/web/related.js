// Konferencebasen – "Relaterede afsnit fra andre rapporter" under a report in the document view
// (GET /api/documents/{id}/related): passages of other reports that share the most distinctive
// words of the chosen passage (or of the whole report), each leading to its place in its report.
(function () {
  'use strict';

  const LIMIT = 5;

  function factory(kb) {
    const { $, el, formatDate } = kb;
    const section = $('related');
    const intro = $('related-intro');
    const list = $('related-list');

    function clear() {
      section.hidden = true;
      intro.textContent = '';
      list.replaceChildren();
    }

    function item(hit) {
      const li = el('li', 'related-hit');
      li.dataset.passage = hit.id || '';
      const h3 = el('h3', 'related-title');
      h3.append(kb.docLink(hit.title || 'Uden titel', null, hit.report_id, hit.id));
      li.append(h3);
      const meta = [hit.conference, hit.date ? formatDate(hit.date) : (hit.year ? String(hit.year) : null),
        'afsnit ' + ((Number(hit.ordinal) || 0) + 1)].filter(Boolean); // the API counts from 0, the page from 1
      li.append(el('p', 'hit-meta', meta.join(' · ')));
      if (hit.excerpt) li.append(el('blockquote', 'related-excerpt', hit.excerpt));
      // the words as the passage writes them, not the index's lemmas and stems
      const shared = Array.isArray(hit.shared_words) ? hit.shared_words : [];
      if (shared.length) li.append(el('p', 'related-terms', 'Fælles ord: ' + shared.join(', ')));
      return li;
    }

    async function render(ctx) {
      clear();
      if (!ctx.id) return;
      section.hidden = false;
      intro.textContent = 'Henter …';
      let data;
      try {
        data = await kb.api('/api/documents/' + encodeURIComponent(ctx.id) + '/related?limit=' + LIMIT, ctx.signal);
      } catch (e) {
        if (e.name === 'AbortError' || !ctx.current()) throw e;
        // A help beside the report, not the page's purpose: said here, not as the page's error.
        intro.textContent = kb.danishError(e, 'related');
        return;
      }
      if (!ctx.current()) return;
      const hits = Array.isArray(data.hits) ? data.hits : [];
      const what = ctx.state.passage && ctx.id === ctx.state.passage ? 'det valgte afsnit' : 'rapporten';
      if (hits.length === 0) {
        intro.textContent = 'Ingen afsnit i andre rapporter handler om det samme som ' + what + '.';
        return;
      }
      intro.textContent = 'Afsnit fra andre rapporter, der deler de mest karakteristiske ord i ' + what + '.';
      list.replaceChildren(...hits.map(item));
    }

    return { render, clear };
  }

  window.KonferencebasenViews = Object.assign(window.KonferencebasenViews || {}, { related: factory });
})();

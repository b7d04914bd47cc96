// Konferencebasen – "Ord i kontekst": a concordance (GET /api/kwic). Every occurrence of what the
// search matched, with the text before it right-aligned and the text after it left-aligned, so
// the matched words line up in one column; sortable by the word before or after, paged, each
// line leading to its passage in the report. Text from the documents is only ever set as text.
(function () {
  'use strict';

  const WIDTH = 60; // characters of context each side
  const MAX_OFFSET = 100000; // the API's largest offset
  const ORDER = { report: 'rapport og afsnit', left: 'ordet før', right: 'ordet efter', keyword: 'søgeordet' };

  function factory(kb) {
    const { $, el, formatNumber, plural } = kb;
    const panel = $('panel-kwic');
    const table = $('kwic-table');

    for (const button of panel.querySelectorAll('[data-sort]')) {
      button.addEventListener('click', () => {
        const s = kb.state();
        if (s.kwicSort !== button.dataset.sort) kb.navigate(kb.copyState(s, { kwicSort: button.dataset.sort, kwicPage: 1 }));
      });
    }

    function syncButtons(sort) {
      for (const button of panel.querySelectorAll('[data-sort]')) {
        button.setAttribute('aria-pressed', String(button.dataset.sort === sort));
      }
    }

    // The API counts passages from 0; the document view, and so this table, from 1.
    function ordinal(line) {
      return (Number(line.ordinal) || 0) + 1;
    }

    function source(line) {
      const cell = el('td', 'kwic-source');
      const title = String(line.title || 'Uden titel');
      cell.append(el('span', 'kwic-title', title));
      const where = ['afsnit ' + ordinal(line)];
      if (line.year) where.push(String(line.year));
      cell.append(el('span', 'kwic-where', where.join(', ')));
      cell.title = title + ', afsnit ' + ordinal(line);
      return cell;
    }

    function clipped(text) {
      const clip = el('div', 'kwic-clip');
      clip.append(el('span', 'kwic-text', text || ''));
      return clip;
    }

    function row(line) {
      const tr = el('tr', 'kwic-line');
      tr.dataset.passage = line.passage_id || '';
      tr.dataset.start = String(line.start);
      const left = el('td', 'kwic-left');
      left.append(clipped(line.left));
      const keyword = el('td', 'kwic-keyword');
      const link = kb.docLink('', 'kwic-link', line.report_id, line.passage_id);
      link.append(el('mark', null, line.keyword || ''));
      link.setAttribute('aria-label', (line.keyword || '') + ' – åbn afsnit ' + ordinal(line) + ' i ' + (line.title || 'rapporten'));
      link.title = line.keyword || '';
      keyword.append(link);
      const right = el('td', 'kwic-right');
      right.append(clipped(line.right));
      tr.append(left, keyword, right, source(line));
      return tr;
    }

    // The keyword column is as wide as this page's longest keyword, so a long compound is shown
    // whole; past 40 % of the table the contexts would have no room, and the full word is then
    // in the link's title. (A fixed table takes its column widths from the header row.)
    function fitKeywordColumn() {
      const head = table.querySelector('th.kwic-keyword');
      const marks = Array.from(table.tBodies[0].querySelectorAll('td.kwic-keyword mark'));
      const widest = Math.max(0, ...marks.map((m) => m.getBoundingClientRect().width));
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      // pixels, not min()/max() of a percentage, which a fixed table does not resolve for a column
      head.style.width = widest > 0 ? Math.round(Math.min(table.clientWidth * 0.4, Math.max(9 * rem, widest + 16))) + 'px' : '';
    }

    function pager(s, total) {
      const nav = $('kwic-pager');
      const lastPage = Math.max(1, Math.min(Math.ceil(total / s.kwicLimit), Math.floor(MAX_OFFSET / s.kwicLimit) + 1));
      nav.hidden = lastPage <= 1 && s.kwicPage <= 1;
      const set = (a, page) => {
        kb.setPageLink(a, page === null ? null : kb.urlFor(kb.copyState(s, { kwicPage: page })));
        a.dataset.sameSearch = '';
        a.dataset.focusPanel = 'kwic';
      };
      set($('kwic-prev'), s.kwicPage > 1 ? Math.min(s.kwicPage - 1, lastPage) : null);
      set($('kwic-next'), s.kwicPage < lastPage ? s.kwicPage + 1 : null);
      $('kwic-page-info').textContent = 'Side ' + formatNumber(s.kwicPage) + ' af ' + formatNumber(lastPage);
    }

    async function render(ctx) {
      const s = ctx.state;
      syncButtons(s.kwicSort);
      if (!s.q) {
        // a concordance shows a word in its contexts: without one there is nothing to show
        table.tBodies[0].replaceChildren();
        table.hidden = true;
        $('kwic-summary').textContent = 'Skriv et ord i søgefeltet for at se det i sin sammenhæng.';
        return;
      }
      const offset = Math.min((s.kwicPage - 1) * s.kwicLimit, MAX_OFFSET);
      const params = kb.selectionParams(s, false);
      params.set('width', String(WIDTH));
      params.set('sort', s.kwicSort);
      params.set('limit', String(s.kwicLimit));
      params.set('offset', String(offset));
      const data = await kb.api('/api/kwic?' + params.toString(), ctx.signal);
      if (!ctx.current()) return;

      const total = Number(data.total_occurrences) || 0;
      const lines = Array.isArray(data.lines) ? data.lines : [];
      const body = table.tBodies[0];
      body.replaceChildren(...lines.map(row));
      table.hidden = lines.length === 0;
      fitKeywordColumn();

      const summary = [];
      if (total === 0) {
        summary.push('Søgningen matcher ' + plural(Number(data.matching_passages) || 0, 'afsnit', 'afsnit')
          + ', men ordene står ikke i afsnittenes tekst: de matcher på rapportens titel eller oplysninger.');
      } else {
        summary.push(plural(total, 'forekomst', 'forekomster') + ' i '
          + plural(Number(data.passages_with_occurrences) || 0, 'afsnit', 'afsnit') + '.');
        if (lines.length) {
          summary.push('Viser ' + formatNumber(offset + 1) + '–' + formatNumber(offset + lines.length)
            + ', sorteret efter ' + ORDER[s.kwicSort] + '.');
        } else {
          summary.push('Der er ingen forekomster på denne side.');
        }
        const without = (Number(data.matching_passages) || 0) - (Number(data.passages_with_occurrences) || 0);
        if (without > 0 && !data.truncated) {
          summary.push(plural(without, 'matchende afsnit', 'matchende afsnit') + ' har ingen forekomst i teksten'
            + ' (de matcher på rapportens titel eller oplysninger).');
        }
      }
      $('kwic-summary').textContent = summary.join(' ');

      const note = $('kwic-note');
      note.hidden = !data.truncated;
      note.textContent = data.truncated
        ? 'Svaret er afkortet: kun de første ' + formatNumber(data.passages_scanned) + ' afsnit er læst, så der er mindst '
          + plural(total, 'forekomst', 'forekomster') + '. Gør søgningen smallere eller vælg et filter for at se dem alle.'
        : '';
      pager(s, total);
      kb.announce('Ord i kontekst: ' + plural(total, 'forekomst', 'forekomster') + (data.truncated ? ' eller flere' : '')
        + (lines.length ? ', sorteret efter ' + ORDER[s.kwicSort] + '.' : '.'));
    }

    return { render };
  }

  window.KonferencebasenViews = Object.assign(window.KonferencebasenViews || {}, { kwic: factory });
})();

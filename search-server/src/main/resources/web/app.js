// Konferencebasen – the Danish search page.
//
// Everything the page shows follows from its URL (q, filters as repeated parameters, sort, page,
// view, doc, passage), so a search or a passage can be shared and bookmarked, and Back works: user
// actions push a new URL and render from it; popstate renders the URL it returns to.
//
// A search has four views (view=results|trends|kwic|entities), reached by the tabs above the
// results. The research views live in their own files (trends.js, kwic.js, entities.js and
// related.js for the document view); each registers a factory in window.KonferencebasenViews,
// which this file calls with the helpers they share.
//
// Safety: document text is only ever inserted with textContent. The single exception is the
// API's "highlight" field, which the server HTML-escapes and marks up with <mark> alone; even
// that is parsed in an inert <template> and only its text and <mark> elements are copied over.
// The page runs under a strict Content-Security-Policy: no inline scripts, handlers or styles.
(function () {
  'use strict';

  const DEFAULT_LIMIT = 10; // reports per page; ?limit=N (1–100) overrides it
  const KWIC_LIMIT = 50; // concordance lines per page; ?kwic_limit=N (1–1000) overrides it
  const MAX_OFFSET = 10000; // the API's maximum offset
  const SUGGEST_DELAY_MS = 150;
  const FACET_PREVIEW = 6;

  // The filters of /api/search, in the order the page shows them. facet: shown as a facet group.
  const FILTERS = [
    { key: 'conference', label: 'Konference', facet: true },
    { key: 'year', label: 'År', facet: true },
    { key: 'municipality', label: 'Kommune', facet: true },
    { key: 'speaker', label: 'Oplægsholder', facet: true },
    { key: 'person', label: 'Person', facet: true },
    { key: 'organisation', label: 'Organisation', facet: true },
    { key: 'organiser', label: 'Arrangør', facet: true },
    { key: 'format', label: 'Format', facet: false },
    { key: 'language', label: 'Sprog', facet: false },
  ];
  const RANGE_FILTERS = [
    { key: 'from', label: 'Fra' },
    { key: 'to', label: 'Til' },
  ];
  const KIND_LABELS = {
    title: 'Rapport', person: 'Person', organisation: 'Organisation', municipality: 'Kommune', term: 'Ord',
  };
  const VIEWS = ['results', 'trends', 'kwic', 'entities'];
  const TRENDS_BY = ['year', 'conference', 'organiser'];
  const KWIC_SORTS = ['report', 'left', 'right', 'keyword'];
  const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september',
    'oktober', 'november', 'december'];

  const $ = (id) => document.getElementById(id);
  const form = $('search-form');
  const input = $('q');
  const listbox = $('suggestions');
  const statusBox = $('status');
  const errorBox = $('error');
  const errorText = $('error-text');
  const views = { empty: $('empty-view'), results: $('results-view'), doc: $('doc-view') };
  const loading = $('loading');
  const mainEl = $('main');

  let state = parseState(location.search);
  let renderSeq = 0;
  let inflight = null;
  let lastSearch = null; // { key, data } of the last search response shown
  const searchCache = new Map(); // API url → response, used when Back/Forward revisits a page
  const highlightCache = new Map(); // passage id → { q, highlight } from the results last shown
  const facetExpanded = new Set();
  let pendingFocus = null;

  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

  // ---------------------------------------------------------------- small helpers

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function formatNumber(n) {
    return Number(n || 0).toLocaleString('da-DK');
  }

  function plural(n, one, many) {
    return formatNumber(n) + ' ' + (n === 1 ? one : many);
  }

  function formatDate(value) {
    if (!value) return '';
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(String(value));
    if (!m) return String(value);
    const month = m[2] ? MONTHS[parseInt(m[2], 10) - 1] : null;
    if (!month) return m[1];
    if (!m[3]) return month + ' ' + m[1];
    return parseInt(m[3], 10) + '. ' + month + ' ' + m[1];
  }

  function safeHttpUrl(value) {
    if (!value) return null;
    try {
      const url = new URL(value, location.origin);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function unique(values) {
    return [...new Set((values || []).filter((v) => v !== null && v !== undefined && v !== ''))];
  }

  // The API's highlight: HTML-escaped text with <mark> only. Parsed inertly; only text and <mark>
  // survive, so even a broken server could not inject markup here.
  function highlightFragment(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    const out = document.createDocumentFragment();
    (function copy(from, to) {
      for (const node of from.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          to.append(document.createTextNode(node.data));
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          if (node.nodeName === 'MARK') {
            const mark = document.createElement('mark');
            copy(node, mark);
            to.append(mark);
          } else {
            copy(node, to);
          }
        }
      }
    })(template.content, out);
    return out;
  }

  function fragmentText(fragment) {
    const div = document.createElement('div');
    div.append(fragment.cloneNode(true));
    return div.textContent;
  }

  // A suggestion as query text: names and titles become phrases.
  function suggestionQuery(item, typed) {
    let text = String(item.text || '');
    if (item.kind && item.kind !== 'term' && /[\s:"()+\-!~*^[\]{}\\/?&|]/.test(text)) {
      text = '"' + text.replace(/"/g, '') + '"';
    }
    const lower = typed.toLowerCase();
    if (String(item.text).toLowerCase().startsWith(lower)) return text;
    // The completion is of the last word typed: keep the words before it.
    const m = /^(.*\s)(\S+)$/.exec(typed);
    if (m && String(item.text).toLowerCase().startsWith(m[2].toLowerCase())) return m[1] + text;
    return text;
  }

  // ---------------------------------------------------------------- state ⇄ URL

  function emptyFilters() {
    const filters = {};
    for (const f of FILTERS) filters[f.key] = [];
    return filters;
  }

  function parseState(search) {
    const params = new URLSearchParams(search);
    const filters = emptyFilters();
    for (const f of FILTERS) filters[f.key] = unique(params.getAll(f.key).map((v) => v.trim()));
    const page = parseInt(params.get('page') || '1', 10);
    const limit = parseInt(params.get('limit') || String(DEFAULT_LIMIT), 10);
    const kwicPage = parseInt(params.get('kwic_page') || '1', 10);
    const kwicLimit = parseInt(params.get('kwic_limit') || String(KWIC_LIMIT), 10);
    const oneOf = (value, allowed) => (allowed.includes(value) ? value : allowed[0]);
    return {
      q: (params.get('q') || '').trim(),
      filters,
      from: (params.get('from') || '').trim(),
      to: (params.get('to') || '').trim(),
      sort: params.get('sort') === 'date' ? 'date' : 'relevance',
      page: Number.isFinite(page) && page > 0 ? page : 1,
      limit: Number.isFinite(limit) && limit >= 1 && limit <= 100 ? limit : DEFAULT_LIMIT,
      view: oneOf(params.get('view'), VIEWS),
      by: oneOf(params.get('by'), TRENDS_BY),
      kwicSort: oneOf(params.get('kwic_sort'), KWIC_SORTS),
      kwicPage: Number.isFinite(kwicPage) && kwicPage > 0 ? kwicPage : 1,
      kwicLimit: Number.isFinite(kwicLimit) && kwicLimit >= 1 && kwicLimit <= 1000 ? kwicLimit : KWIC_LIMIT,
      doc: (params.get('doc') || '').trim(),
      passage: (params.get('passage') || '').trim(),
    };
  }

  function copyState(s, changes) {
    const filters = {};
    for (const f of FILTERS) filters[f.key] = s.filters[f.key].slice();
    return Object.assign({}, s, { filters }, changes || {});
  }

  function searchParams(s) {
    const params = new URLSearchParams();
    if (s.q) params.set('q', s.q);
    for (const f of FILTERS) for (const v of s.filters[f.key]) params.append(f.key, v);
    if (s.from) params.set('from', s.from);
    if (s.to) params.set('to', s.to);
    if (s.sort === 'date') params.set('sort', 'date');
    if (s.limit !== DEFAULT_LIMIT) params.set('limit', String(s.limit));
    if (s.page > 1) params.set('page', String(s.page));
    if (s.view !== VIEWS[0]) params.set('view', s.view);
    if (s.view === 'trends' && s.by !== TRENDS_BY[0]) params.set('by', s.by);
    if (s.view === 'kwic' && s.kwicSort !== KWIC_SORTS[0]) params.set('kwic_sort', s.kwicSort);
    if (s.view === 'kwic' && s.kwicPage > 1) params.set('kwic_page', String(s.kwicPage));
    if (s.view === 'kwic' && s.kwicLimit !== KWIC_LIMIT) params.set('kwic_limit', String(s.kwicLimit));
    return params;
  }

  function urlFor(s) {
    const params = searchParams(s);
    if (s.doc) params.set('doc', s.doc);
    if (s.doc && s.passage) params.set('passage', s.passage);
    const query = params.toString();
    return '/' + (query ? '?' + query : '');
  }

  function activeFilterCount(s) {
    let n = s.from ? 1 : 0;
    if (s.to) n++;
    for (const f of FILTERS) n += s.filters[f.key].length;
    return n;
  }

  function navigate(next, options) {
    const opts = options || {};
    // Remember where the page was scrolled, for when Back returns here.
    history.replaceState(Object.assign({}, history.state, { scrollY: window.scrollY }), '');
    const entry = { fromResults: !!opts.fromResults };
    if (opts.replace) history.replaceState(entry, '', urlFor(next));
    else history.pushState(entry, '', urlFor(next));
    state = next;
    return render({ scrollTop: opts.scrollTop !== false, syncInput: !!opts.syncInput, sameSearch: !!opts.sameSearch });
  }

  // ---------------------------------------------------------------- API

  class ApiError extends Error {
    constructor(kind, status, message, messageDa) {
      super(message || kind);
      this.kind = kind;
      this.status = status;
      this.apiMessage = message || '';
      // the server's Danish wording of what a person typed wrong; the English one is for scripts
      this.apiMessageDa = messageDa || '';
    }
  }

  async function api(url, signal) {
    let response;
    try {
      response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new ApiError('network', 0, '');
    }
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      body = null;
    }
    if (!response.ok) {
      const kind = body && typeof body.error === 'string' ? body.error : 'http';
      const message = body && typeof body.message === 'string' ? body.message : '';
      const messageDa = body && typeof body.message_da === 'string' ? body.message_da : '';
      throw new ApiError(kind, response.status, message, messageDa);
    }
    if (body === null || typeof body !== 'object') throw new ApiError('bad_response', response.status, '');
    return body;
  }

  function danishError(err, what) {
    const detail = err.apiMessage ? ': ' + err.apiMessage : '.';
    if (err.kind === 'network') return 'Serveren svarer ikke. Tjek din forbindelse, og prøv igen om lidt.';
    if (err.kind === 'invalid_query') {
      return 'Søgningen kunne ikke forstås' + (err.apiMessageDa ? ': ' + err.apiMessageDa : '.');
    }
    if (err.kind === 'bad_request') {
      const failed = {
        document: 'Rapporten kunne ikke hentes',
        trends: 'Udviklingen kunne ikke beregnes',
        kwic: 'Ordene i kontekst kunne ikke hentes',
        entities: 'Personer og organisationer kunne ikke hentes',
        related: 'Relaterede afsnit kunne ikke hentes',
      };
      return (failed[what] || 'Søgningen kunne ikke gennemføres') + detail;
    }
    if (err.kind === 'not_found' || err.status === 404) {
      if (what === 'document') return 'Rapporten findes ikke i basen – måske er den fjernet eller indekseret igen' + detail;
      if (what === 'search') return 'Søgefunktionen blev ikke fundet på serveren' + detail;
      return 'Denne visning findes ikke på serveren – måske kører den en ældre udgave' + detail;
    }
    if (err.kind === 'unavailable' || err.status === 503) {
      return 'Søgningen er ikke tilgængelig lige nu. Prøv igen om lidt' + detail;
    }
    if (err.kind === 'bad_response') return 'Serveren sendte et svar, som siden ikke kunne læse.';
    return 'Der opstod en fejl på serveren (' + (err.status || 'ukendt') + '). Prøv igen om lidt' + detail;
  }

  // What helps depends on the error: asking again helps when the server or the network failed,
  // not when the query itself cannot be read; then the page offers the same words without syntax.
  function showError(message, plainWords) {
    errorText.textContent = message;
    $('retry').hidden = Boolean(plainWords);
    const plain = $('plain-words');
    plain.hidden = !plainWords;
    if (plainWords) plain.href = urlFor(copyState(state, { q: plainWords, page: 1, kwicPage: 1 }));
    errorBox.hidden = false;
  }

  function hideError() {
    errorBox.hidden = true;
    errorText.textContent = '';
  }

  // The words of a query with its syntax taken out: what a person most likely meant to search.
  function withoutSyntax(q) {
    return q.replace(/[\\"“”„«»()[\]{}:*?~^!+\/]|(^|\s)-/g, ' ')
      .replace(/\b(AND|OR|NOT)\b/g, (w) => w.toLowerCase())
      .replace(/&&|\|\|/g, ' ')
      .replace(/\s+/g, ' ').trim();
  }

  function announce(message) {
    // Re-set even an identical message so screen readers announce it again.
    statusBox.textContent = '';
    window.setTimeout(() => { statusBox.textContent = message; }, 30);
  }

  // ---------------------------------------------------------------- rendering

  function showView(name) {
    for (const [key, node] of Object.entries(views)) node.hidden = key !== name;
  }

  async function render(options) {
    const opts = options || {};
    const seq = ++renderSeq;
    if (inflight) inflight.abort();
    inflight = new AbortController();
    const signal = inflight.signal;
    hideError();
    closeSuggestions();
    mainEl.dataset.status = 'busy';
    if (document.activeElement !== input || opts.syncInput) input.value = state.q;
    try {
      if (state.doc) {
        await renderDocument(seq, signal, opts);
      } else if (!state.q && activeFilterCount(state) === 0) {
        renderEmpty();
      } else {
        await renderSearch(seq, signal, opts);
      }
    } catch (e) {
      if (e.name === 'AbortError' || seq !== renderSeq) return;
      showError('Siden kunne ikke vise svaret. Prøv at genindlæse siden. (' + (e && e.message ? e.message : e) + ')');
      window.console.error(e);
    } finally {
      if (seq === renderSeq) {
        loading.hidden = true;
        // Read by the browser test: what the page shows now is complete.
        mainEl.dataset.status = errorBox.hidden ? 'ready' : 'error';
        mainEl.dataset.url = location.pathname + location.search;
      }
    }
  }

  function scrollAfterRender(opts) {
    if (typeof opts.restoreScroll === 'number') window.scrollTo(0, opts.restoreScroll);
    else if (opts.scrollTop) window.scrollTo(0, 0);
  }

  // -- empty state

  let statsLoaded = false;

  const BROWSE_MAX = 40;

  function renderEmpty() {
    showView('empty');
    document.title = 'Konferencebasen – søg i konferencerapporter';
    announce('');
    if (!statsLoaded) {
      statsLoaded = true;
      api('/api/stats').then((stats) => {
        if (typeof stats.reports !== 'number') return;
        const conferences = stats.conferences ? Object.keys(stats.conferences).length : 0;
        let line = 'Basen rummer lige nu ' + plural(stats.reports, 'rapport', 'rapporter');
        if (typeof stats.passages === 'number') line += ' med ' + plural(stats.passages, 'afsnit', 'afsnit');
        if (conferences) line += ' fra ' + plural(conferences, 'konference', 'konferencer');
        const line$ = $('stats-line');
        line$.textContent = line + '.';
        line$.hidden = false;
        // each conference a way in without a search word: its reports, newest first
        // the conferences with most reports, at most BROWSE_MAX of them, in alphabetical order
        const counts = stats.conferences || {};
        const names = Object.keys(counts)
          .sort((a, b) => ((counts[b] && counts[b].reports) || 0) - ((counts[a] && counts[a].reports) || 0))
          .slice(0, BROWSE_MAX).sort((a, b) => a.localeCompare(b, 'da'));
        const browse = $('browse-conferences');
        browse.replaceChildren(...names.map((name) => {
          const a = el('a', null, name);
          a.href = urlFor(copyState(parseState(''), { filters: Object.assign(emptyFilters(), { conference: [name] }) }));
          a.setAttribute('data-nav', '');
          const li = el('li');
          li.append(a);
          return li;
        }));
        $('browse').hidden = names.length === 0;
      }).catch(() => { statsLoaded = false; });
    }
  }

  // -- search results

  // The query and filters, as every endpoint over passages reads them (search, export, trends,
  // concordance, entities). An export reads format as its file format, so it gets no format filter.
  function selectionParams(s, forExport) {
    const params = new URLSearchParams();
    // no words: every passage the filters keep (the filters alone browse)
    if (s.q) params.set('q', s.q);
    for (const f of FILTERS) {
      if (forExport && f.key === 'format') continue;
      for (const v of s.filters[f.key]) params.append(f.key, v);
    }
    if (s.from) params.set('from', s.from);
    if (s.to) params.set('to', s.to);
    return params;
  }

  function searchApiUrl(s) {
    const params = selectionParams(s, false);
    if (s.sort === 'date' || !s.q) params.set('sort', 'date');
    params.set('limit', String(s.limit));
    params.set('offset', String(Math.min((s.page - 1) * s.limit, MAX_OFFSET)));
    return '/api/search?' + params.toString();
  }

  async function renderSearch(seq, signal, opts) {
    showView('results');
    const url = searchApiUrl(state);
    // Back/Forward, and switching between the views of one search, reuse its answer.
    let data = opts.fromHistory || opts.sameSearch ? searchCache.get(url) : null;
    if (!data) {
      $('results').setAttribute('aria-busy', 'true');
      views.results.classList.add('is-loading');
      statusBox.textContent = 'Søger …';
      if (!lastSearch) loading.hidden = false;
      try {
        data = await api(url, signal);
      } catch (e) {
        if (e.name === 'AbortError' || seq !== renderSeq) throw e;
        views.results.classList.remove('is-loading');
        $('results').removeAttribute('aria-busy');
        renderSearchError(e);
        return;
      }
      if (seq !== renderSeq) return;
      searchCache.set(url, data);
      if (searchCache.size > 30) searchCache.delete(searchCache.keys().next().value);
    }
    views.results.classList.remove('is-loading');
    $('results').removeAttribute('aria-busy');

    const total = Number(data.total) || 0;
    const hits = Array.isArray(data.hits) ? data.hits : [];
    const lastPage = Math.max(1, Math.min(Math.ceil(total / state.limit), Math.floor(MAX_OFFSET / state.limit) + 1));
    if (state.view === 'results' && total > 0 && hits.length === 0 && state.page > lastPage) {
      // A page past the end (an old link): show the last one instead.
      state = copyState(state, { page: lastPage });
      history.replaceState(history.state, '', urlFor(state));
      return renderSearch(seq, signal, opts);
    }
    lastSearch = { key: url, data };
    for (const hit of hits) {
      for (const p of hit.passages || []) {
        if (p.id && typeof p.highlight === 'string') highlightCache.set(p.id, { q: state.q, highlight: p.highlight });
      }
    }

    renderResultsHead(data, total, lastPage);
    renderTabs();
    renderActiveFilters();
    renderQueryNotes(data.notes);
    renderDidYouMean(data.suggestion);
    renderFacets(data.facets);
    $('facets-note').textContent = (data.facets_estimated
      ? 'Tallene er antal afsnit, anslået ud fra en stikprøve, fordi søgningen rammer meget.'
      : 'Tallene er antal afsnit.')
      // Reports with the same text are one hit, and their passages count once in the facets.
      + (Number(data.total_files) > total ? ' Samme tekst i flere filer tælles én gang.' : '');
    renderExport(data, total);
    $('no-results').hidden = total > 0;
    $('no-results-filters').hidden = activeFilterCount(state) === 0;
    const view = researchViews[state.view] ? state.view : 'results';
    showPanel(total > 0 || view === 'results' ? view : null);

    if (view === 'results') {
      renderHits(hits);
      renderPager(total, lastPage);
      document.title = state.q + ' – Konferencebasen';
      announce(total === 0
        ? 'Ingen rapporter fundet for ' + state.q + (data.suggestion ? '. Mente du ' + data.suggestion + '?' : '')
        : plural(total, 'rapport', 'rapporter') + ' fundet. Side ' + state.page + ' af ' + lastPage + '.');
    } else {
      const label = $('tab-' + view).textContent;
      document.title = label + ': ' + state.q + ' – Konferencebasen';
      if (total === 0) {
        announce('Ingen rapporter fundet for ' + state.q + (data.suggestion ? '. Mente du ' + data.suggestion + '?' : ''));
      } else {
        views.results.classList.add('is-loading');
        try {
          await researchViews[view].render({ state, signal, search: data, current: () => seq === renderSeq });
        } catch (e) {
          if (e.name === 'AbortError' || seq !== renderSeq) throw e;
          showError(danishError(e, view));
        } finally {
          if (seq === renderSeq) views.results.classList.remove('is-loading');
        }
        if (seq !== renderSeq) return;
      }
    }
    scrollAfterRender(opts);
    applyPendingFocus();
  }

  // -- the views of a search: tabs, panels, export links

  function renderTabs() {
    for (const tab of document.querySelectorAll('.view-tab')) {
      const view = tab.dataset.view;
      // Each view keeps the query, filters and results page; its own settings start afresh.
      tab.href = urlFor(copyState(state, { view, by: 'year', kwicSort: 'report', kwicPage: 1, kwicLimit: KWIC_LIMIT }));
      if (view === state.view) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
    }
    $('sort-box').hidden = state.view !== 'results';
  }

  function showPanel(view) {
    for (const name of VIEWS) $('panel-' + name).hidden = name !== view;
    // The research views' tables and chart get the whole width next to the filters.
    document.querySelector('.results-column').classList.toggle('wide', !!view && view !== 'results');
  }

  function renderExport(data, total) {
    const box = $('export');
    box.hidden = total === 0;
    if (total === 0) return;
    const params = selectionParams(state, true);
    const link = (format) => '/api/export?' + params.toString() + '&format=' + format;
    $('export-csv').href = link('csv');
    $('export-jsonl').href = link('jsonl');
    $('export-excel').href = link('excel');
    const passages = typeof data.total_passages === 'number' ? data.total_passages : null;
    $('export-count').textContent = (passages === null ? 'Alle matchende afsnit'
      : data.total_relation === 'gte' ? 'Alle matchende afsnit (mere end ' + formatNumber(passages) + ')'
      : (passages === 1 ? 'Det matchende afsnit' : 'Alle ' + formatNumber(passages) + ' matchende afsnit'))
      + ' med rapporternes oplysninger, til regneark, R eller Python:';
    const note = $('export-note');
    note.hidden = state.filters.format.length === 0;
    note.textContent = note.hidden ? '' : 'Filteret Format kan ikke bruges i en eksport: filen har de matchende afsnit i alle filformater.';
  }

  function renderSearchError(err) {
    $('results-heading').textContent = 'Søgningen gav en fejl';
    $('results-summary').textContent = '';
    $('results').replaceChildren();
    $('pager').hidden = true;
    $('no-results').hidden = true;
    $('did-you-mean').hidden = true;
    $('query-notes').hidden = true;
    renderFacets(null);
    renderActiveFilters();
    document.title = 'Fejl – Konferencebasen';
    statusBox.textContent = '';
    const plainWords = err.kind === 'invalid_query' && state.q ? withoutSyntax(state.q) : '';
    showError(danishError(err, 'search'), plainWords && plainWords !== state.q ? plainWords : '');
  }

  function renderResultsHead(data, total, lastPage) {
    // past 10 000 matching passages the server stops counting: its totals are lower bounds
    const lowerBound = data.total_relation === 'gte';
    const atLeast = lowerBound ? 'Mindst ' : '';
    const heading = $('results-heading');
    heading.replaceChildren();
    if (state.q) {
      heading.append(total === 0 ? 'Ingen rapporter for ' : atLeast + plural(total, 'rapport', 'rapporter') + ' for ');
      heading.append(el('q', 'query-echo', state.q));
    } else {
      heading.append((total === 0 ? 'Ingen rapporter' : atLeast + plural(total, 'rapport', 'rapporter'))
        + ' med de valgte filtre, nyeste først');
    }
    const summary = [];
    if (total > 0) {
      if (typeof data.total_passages === 'number') {
        summary.push((lowerBound ? 'mere end ' : '') + plural(data.total_passages, 'afsnit', 'afsnit') + ' matcher');
      }
      if (state.view === 'results') {
        summary.push('side ' + formatNumber(state.page) + ' af ' + (lowerBound ? 'mindst ' : '') + formatNumber(lastPage));
      }
    }
    if (typeof data.took_ms === 'number') summary.push(formatNumber(data.took_ms) + ' ms');
    $('results-summary').textContent = summary.join(' · ');
    $('sort').value = state.sort;
  }

  function filterLabel(key) {
    const f = FILTERS.concat(RANGE_FILTERS).find((x) => x.key === key);
    return f ? f.label : key;
  }

  function renderActiveFilters() {
    const chips = $('chips');
    chips.replaceChildren();
    const add = (key, value, remove) => {
      const li = el('li');
      const button = el('button', 'chip');
      button.type = 'button';
      button.dataset.filter = key;
      button.dataset.value = value;
      button.append(el('span', 'chip-label', filterLabel(key) + ':'), ' ', el('span', 'chip-value', value));
      const x = el('span', 'chip-x', '×');
      x.setAttribute('aria-hidden', 'true');
      button.append(x);
      button.setAttribute('aria-label', 'Fjern filteret ' + filterLabel(key) + ': ' + value);
      button.addEventListener('click', () => {
        pendingFocus = { chipAfter: true };
        navigate(remove(), { scrollTop: false });
      });
      li.append(button);
      chips.append(li);
    };
    for (const f of FILTERS) {
      for (const value of state.filters[f.key]) {
        add(f.key, value, () => {
          const next = copyState(state, { page: 1, kwicPage: 1 });
          next.filters[f.key] = next.filters[f.key].filter((v) => v !== value);
          return next;
        });
      }
    }
    for (const r of RANGE_FILTERS) {
      if (state[r.key]) add(r.key, state[r.key], () => copyState(state, { page: 1, kwicPage: 1, [r.key]: '' }));
    }
    const n = activeFilterCount(state);
    $('active-filters').hidden = n === 0;
    const pill = $('filters-active-count');
    pill.hidden = n === 0;
    pill.textContent = n === 1 ? '1 aktivt' : n + ' aktive';
  }

  function resetFilters() {
    pendingFocus = { heading: true };
    navigate(copyState(state, { filters: emptyFilters(), from: '', to: '', page: 1, kwicPage: 1 }), { scrollTop: false });
  }

  function renderQueryNotes(notes) {
    const box = $('query-notes');
    const danish = (Array.isArray(notes) ? notes : []).map((n) => n && n.message_da).filter((m) => typeof m === 'string');
    box.textContent = danish.length ? 'Bemærk: ' + danish.join(' ') + '.' : '';
    box.hidden = danish.length === 0;
  }

  function renderDidYouMean(suggestion) {
    const box = $('did-you-mean');
    box.replaceChildren();
    if (!suggestion || typeof suggestion !== 'string' || suggestion.trim() === state.q) {
      box.hidden = true;
      return;
    }
    const next = copyState(state, { q: suggestion.trim(), page: 1, kwicPage: 1, doc: '', passage: '' });
    const link = el('a', 'suggestion-link', suggestion);
    link.id = 'did-you-mean-link';
    link.href = urlFor(next);
    link.dataset.nav = '';
    box.append('Mente du ', link, '?');
    box.hidden = false;
  }

  function renderFacets(facets) {
    const container = $('facets');
    container.replaceChildren();
    let groups = 0;
    for (const f of FILTERS) {
      if (!f.facet) continue;
      const counts = facets && typeof facets[f.key] === 'object' && facets[f.key] ? facets[f.key] : {};
      let entries = Object.entries(counts).map(([value, count]) => [String(value), Number(count) || 0]);
      for (const selected of state.filters[f.key]) {
        if (!entries.some(([value]) => value === selected)) entries.push([selected, null]);
      }
      if (entries.length === 0) continue;
      if (f.key === 'year') entries.sort((a, b) => Number(b[0]) - Number(a[0]));
      groups++;

      const fieldset = el('fieldset', 'facet');
      fieldset.dataset.facet = f.key;
      fieldset.append(el('legend', 'facet-title', f.label));
      const list = el('ul', 'facet-values');
      const expanded = facetExpanded.has(f.key);
      const selectedSet = new Set(state.filters[f.key]);
      // Selected values stay visible even when the list is folded.
      let shown = 0;
      entries.forEach(([value, count]) => {
        const checked = selectedSet.has(value);
        if (!expanded && shown >= FACET_PREVIEW && !checked) return;
        shown++;
        const li = el('li');
        const label = el('label', 'facet-option');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = value;
        box.checked = checked;
        box.dataset.facet = f.key;
        box.addEventListener('change', () => toggleFilter(f.key, value, box.checked));
        const text = el('span', 'facet-text');
        text.append(el('span', 'facet-value', value));
        if (count !== null) {
          const c = el('span', 'facet-count', formatNumber(count));
          c.append(el('span', 'visually-hidden', ' afsnit'));
          text.append(' ', c);
        }
        label.append(box, text);
        li.append(label);
        list.append(li);
      });
      fieldset.append(list);
      const hiddenCount = entries.length - shown;
      if (entries.length > FACET_PREVIEW && (expanded || hiddenCount > 0)) {
        const more = el('button', 'link-button facet-more', expanded ? 'Vis færre' : 'Vis alle ' + entries.length);
        more.type = 'button';
        more.setAttribute('aria-expanded', String(expanded));
        more.addEventListener('click', () => {
          if (expanded) facetExpanded.delete(f.key); else facetExpanded.add(f.key);
          renderFacets(facets);
          const again = container.querySelector('fieldset[data-facet="' + f.key + '"] .facet-more');
          if (again) again.focus();
        });
        fieldset.append(more);
      }
      container.append(fieldset);
    }
    container.append(periodForm());
    groups++;
    const column = document.querySelector('.filters-column');
    column.hidden = groups === 0;
    views.results.classList.toggle('no-facets', groups === 0);
    $('facets-note').hidden = groups === 0;
  }

  // A period by year or date: from and to, either may be left empty.
  const PERIOD_VALUE = /^\d{4}(-\d{2}-\d{2})?$/;

  function periodForm() {
    const form = el('form', 'facet period');
    form.id = 'period';
    form.noValidate = true;
    const fieldset = el('fieldset', 'period-fields');
    fieldset.append(el('legend', 'facet-title', 'Periode'));
    const input = (key, labelText) => {
      const label = el('label', 'period-label', labelText + ' ');
      const box = document.createElement('input');
      box.id = 'period-' + key;
      box.name = key;
      box.value = state[key] || '';
      box.placeholder = 'åååå eller åååå-mm-dd';
      box.inputMode = 'numeric';
      box.autocomplete = 'off';
      label.append(box);
      return label;
    };
    const apply = el('button', 'period-apply secondary', 'Vis');
    apply.type = 'submit';
    const problem = el('p', 'period-error');
    problem.id = 'period-error';
    problem.hidden = true;
    problem.setAttribute('role', 'alert');
    fieldset.append(input('from', 'Fra'), input('to', 'Til'), apply, problem);
    form.append(fieldset);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const from = form.elements.from.value.trim();
      const to = form.elements.to.value.trim();
      if ((from && !PERIOD_VALUE.test(from)) || (to && !PERIOD_VALUE.test(to))) {
        problem.textContent = 'Skriv et år (2019) eller en dato (2019-09-10).';
        problem.hidden = false;
        return;
      }
      navigate(copyState(state, { from, to, page: 1, kwicPage: 1 }), { scrollTop: false });
    });
    return form;
  }

  function toggleFilter(key, value, on) {
    const next = copyState(state, { page: 1, kwicPage: 1 });
    const values = next.filters[key].filter((v) => v !== value);
    if (on) values.push(value);
    next.filters[key] = values;
    pendingFocus = { facet: key, value };
    navigate(next, { scrollTop: false });
  }

  function applyPendingFocus() {
    const want = pendingFocus;
    pendingFocus = null;
    if (!want) return;
    if (want.facet) {
      for (const box of document.querySelectorAll('#facets input[type=checkbox]')) {
        if (box.dataset.facet === want.facet && box.value === want.value) {
          box.focus();
          return;
        }
      }
      $('results-heading').focus();
    } else if (want.chipAfter) {
      const first = document.querySelector('#chips .chip');
      (first || $('results-heading')).focus();
    } else if (want.heading) {
      $('results-heading').focus();
    } else if (want.panel) {
      const heading = $(want.panel + '-heading');
      if (heading && !heading.closest('[hidden]')) heading.focus();
    } else if (want.doc) {
      for (const link of document.querySelectorAll('#results .hit-title a')) {
        if (link.dataset.doc === want.doc) {
          link.focus({ preventScroll: true });
          const box = link.getBoundingClientRect();
          if (box.top < 0 || box.bottom > window.innerHeight) link.scrollIntoView({ block: 'center' });
          return;
        }
      }
    }
  }

  function docState(docId, passageId) {
    return copyState(state, { doc: docId, passage: passageId || '' });
  }

  function docLink(text, cls, docId, passageId) {
    const a = el('a', cls, text);
    a.href = urlFor(docState(docId, passageId));
    a.dataset.nav = '';
    a.dataset.fromResults = '';
    a.dataset.doc = docId;
    return a;
  }

  function nameLinks(names) {
    const frag = document.createDocumentFragment();
    names.forEach((name, i) => {
      if (i > 0) frag.append(', ');
      const next = copyState(state, { q: '"' + String(name).replace(/"/g, '') + '"', filters: emptyFilters(),
        from: '', to: '', page: 1, kwicPage: 1, doc: '', passage: '' });
      const a = el('a', 'name-link', name);
      a.href = urlFor(next);
      a.dataset.nav = '';
      a.title = 'Søg efter ' + name;
      frag.append(a);
    });
    return frag;
  }

  // A talk of a programme as a practitioner names it: "Oplæg: Sprog på arbejdspladsen — kl.
  // 09.45–10.30 — ved Mette Lund Sørensen — Integrationsdagen 2024". Null for a passage that is
  // not a talk.
  function talkLine(p, hit) {
    if (!p || typeof p.talk_title !== 'string' || !p.talk_title) return null;
    const line = el('p', 'talk-line');
    line.append(el('span', 'talk-label', 'Oplæg: '), el('strong', 'talk-title', p.talk_title));
    if (typeof p.talk_time === 'string' && p.talk_time) line.append(' — kl. ' + p.talk_time);
    const speakers = Array.isArray(p.speakers) ? p.speakers.filter((x) => typeof x === 'string' && x) : [];
    if (speakers.length) line.append(' — ved ' + speakers.join(', '));
    if (hit && hit.conference) line.append(' — ' + hit.conference);
    return line;
  }

  function namesBlock(people, organisations, municipalities, heading, limit) {
    const block = el('div', 'names-block');
    const rows = [['Personer', people], ['Organisationer', organisations], ['Kommuner', municipalities]]
      .filter(([, list]) => list && list.length);
    if (rows.length === 0) return null;
    if (heading) block.append(el('h3', 'names-heading', heading));
    const dl = el('dl', 'names');
    for (const [label, list] of rows) {
      dl.append(el('dt', null, label));
      const dd = el('dd');
      const shown = limit ? list.slice(0, limit) : list;
      dd.append(nameLinks(shown));
      if (shown.length < list.length) dd.append(el('span', 'more-names', ' og ' + (list.length - shown.length) + ' flere'));
      dl.append(dd);
    }
    block.append(dl);
    return block;
  }

  function metaLine(item) {
    const parts = [];
    if (item.conference) parts.push(el('span', 'meta-conference', item.conference));
    if (item.date) {
      const t = el('time', null, formatDate(item.date));
      t.dateTime = item.date;
      parts.push(t);
    } else if (item.year) {
      parts.push(el('span', null, String(item.year)));
    }
    if (item.place) parts.push(el('span', null, item.place));
    if (item.organiser) parts.push(el('span', null, 'Arrangør: ' + item.organiser));
    const p = el('p', 'hit-meta');
    parts.forEach((node, i) => {
      if (i > 0) p.append(el('span', 'sep', ' · '));
      p.append(node);
    });
    return parts.length ? p : null;
  }

  // The other files with the same text (a report as DOCX and ODT), each a link to its document
  // view, named by its file; null when there are none.
  function sameTextLinks(reports) {
    const list = Array.isArray(reports) ? reports.filter((r) => r && r.id) : [];
    if (list.length === 0) return null;
    const frag = document.createDocumentFragment();
    list.forEach((r, i) => {
      if (i > 0) frag.append(', ');
      const a = docLink(r.path || r.title || r.id, 'same-text-link', r.id, '');
      if (r.title) a.title = r.title + (r.format ? ' (' + String(r.format).toUpperCase() + ')' : '');
      frag.append(a);
    });
    return frag;
  }

  function renderHits(hits) {
    const list = $('results');
    list.replaceChildren();
    list.start = (state.page - 1) * state.limit + 1;
    hits.forEach((hit, i) => {
      const li = el('li', 'hit');
      const article = el('article');
      const titleId = 'hit-' + i;
      article.setAttribute('aria-labelledby', titleId);
      const passages = Array.isArray(hit.passages) ? hit.passages : [];
      const best = passages[0] && passages[0].id ? passages[0].id : '';

      const h2 = el('h2', 'hit-title');
      const link = docLink(hit.title || hit.path || 'Uden titel', null, hit.id, best);
      link.id = titleId;
      h2.append(link);
      if (hit.format) h2.append(' ', el('span', 'format-badge', String(hit.format).toUpperCase()));
      article.append(h2);
      const meta = metaLine(hit);
      if (meta) article.append(meta);

      if (passages.length) {
        const ul = el('ul', 'passages');
        ul.setAttribute('aria-label', 'Bedste afsnit');
        for (const p of passages) {
          const pli = el('li', 'passage');
          const talk = talkLine(p, hit);
          if (talk) pli.append(talk);
          const quote = el('blockquote', 'passage-text');
          const full = typeof p.highlight === 'string' ? highlightFragment(p.highlight)
            : document.createTextNode(p.text || '');
          pli.append(quote);
          const toggle = condensePassage(quote, full);
          const foot = el('p', 'passage-foot');
          foot.append(docLink('Læs afsnittet i sammenhæng', 'context-link', hit.id, p.id));
          if (toggle) foot.append(toggle);
          const names = unique([...(p.people || []), ...(p.organisations || [])]);
          if (names.length) {
            foot.append(el('span', 'passage-names', 'Nævnt: ' + names.join(', ')));
          }
          pli.append(foot);
          ul.append(pli);
        }
        article.append(ul);
      }

      const people = Array.isArray(hit.people) ? hit.people : unique(passages.flatMap((p) => p.people || []));
      const orgs = Array.isArray(hit.organisations) ? hit.organisations
        : unique(passages.flatMap((p) => p.organisations || []));
      // Everyone the report names; who gave a talk is on the talk's own line above.
      const names = namesBlock(people, orgs, null, 'Nævnte personer og organisationer', 8);
      if (names) article.append(names);

      const sameText = sameTextLinks(hit.also_in);
      if (sameText) {
        const p = el('p', 'hit-same-text');
        p.append('Findes også som: ', sameText);
        article.append(p);
      }

      const source = safeHttpUrl(hit.url);
      if (source) {
        const p = el('p', 'hit-source');
        const a = el('a', null, 'Original kilde');
        a.href = source;
        a.rel = 'noopener noreferrer';
        a.target = '_blank';
        a.append(el('span', 'visually-hidden', ' (åbner i et nyt vindue)'));
        p.append(a);
        article.append(p);
      }
      li.append(article);
      list.append(li);
    });
  }

  // Splits highlighted text (text nodes and <mark>s) into paragraphs at blank lines.
  function splitParagraphs(fragment) {
    const paragraphs = [[]];
    for (const node of Array.from(fragment.childNodes)) {
      if (node.nodeType !== Node.TEXT_NODE) {
        paragraphs[paragraphs.length - 1].push(node);
        continue;
      }
      const pieces = node.data.split(/\n[ \t]*\n\s*/);
      pieces.forEach((piece, i) => {
        if (i > 0) paragraphs.push([]);
        if (piece) paragraphs[paragraphs.length - 1].push(document.createTextNode(piece));
      });
    }
    return paragraphs.filter((nodes) => nodes.some((n) => n.textContent.trim()));
  }

  // A long passage shows only its paragraphs with matches, with a button for the whole text.
  function condensePassage(quote, fragment) {
    const wrapper = document.createDocumentFragment();
    wrapper.append(fragment);
    const fullText = wrapper.textContent;
    const paragraphs = splitParagraphs(wrapper);
    const withMatch = paragraphs.map((nodes, i) => nodes.some((n) => n.nodeName === 'MARK') ? i : -1)
      .filter((i) => i >= 0);
    const build = (indices) => {
      quote.replaceChildren();
      let previous = -1;
      for (const i of indices) {
        if (i > previous + 1 || (previous === -1 && i > 0)) quote.append(el('span', 'elision', '[…]'), '\n');
        for (const node of paragraphs[i]) quote.append(node.cloneNode(true));
        quote.append(i === indices[indices.length - 1] ? '' : '\n\n');
        previous = i;
      }
      if (previous < paragraphs.length - 1) quote.append('\n', el('span', 'elision', '[…]'));
    };
    const all = paragraphs.map((_, i) => i);
    const shortList = withMatch.length ? withMatch.slice(0, 3) : [0];
    if (fullText.length <= 700 || shortList.length === paragraphs.length) {
      build(all);
      return null;
    }
    build(shortList);
    const toggle = el('button', 'link-button passage-toggle', 'Vis hele afsnittet');
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      build(open ? all : shortList);
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? 'Vis kun afsnittets fund' : 'Vis hele afsnittet';
    });
    return toggle;
  }

  // A pager link goes to href, or, when href is null, stays in place greyed out (no page there).
  function setPageLink(a, href) {
    if (href === null) {
      a.removeAttribute('href');
      a.setAttribute('aria-disabled', 'true');
      a.classList.add('disabled');
    } else {
      a.href = href;
      a.removeAttribute('aria-disabled');
      a.classList.remove('disabled');
    }
  }

  function renderPager(total, lastPage) {
    const pager = $('pager');
    pager.hidden = total <= state.limit && state.page === 1;
    const pageUrl = (page) => page === null ? null : urlFor(copyState(state, { page }));
    setPageLink($('prev'), pageUrl(state.page > 1 ? Math.min(state.page - 1, lastPage) : null));
    setPageLink($('next'), pageUrl(state.page < lastPage ? state.page + 1 : null));
    $('page-info').textContent = 'Side ' + formatNumber(state.page) + ' af ' + formatNumber(lastPage);
  }

  // -- document view

  let lastDocument = null;

  async function renderDocument(seq, signal, opts) {
    let doc = lastDocument && (lastDocument.id === state.doc) ? lastDocument : null;
    if (!doc) {
      if (views.doc.hidden) loading.hidden = false;
      try {
        doc = await api('/api/documents/' + encodeURIComponent(state.doc), signal);
      } catch (e) {
        if (e.name === 'AbortError' || seq !== renderSeq) throw e;
        showView('doc');
        renderDocumentShell(null);
        document.title = 'Fejl – Konferencebasen';
        showError(danishError(e, 'document'));
        return;
      }
      if (seq !== renderSeq) return;
      lastDocument = doc;
    }
    showView('doc');
    renderDocumentShell(doc);
    const chosen = renderDocumentBody(doc);
    document.title = (doc.title || 'Rapport') + ' – Konferencebasen';
    if (typeof opts.restoreScroll === 'number') {
      window.scrollTo(0, opts.restoreScroll);
    } else if (chosen) {
      // A short passage is centred, so the text before it shows too; a long one starts at the top.
      const fits = chosen.getBoundingClientRect().height < window.innerHeight * 0.55;
      chosen.scrollIntoView({ block: fits ? 'center' : 'start' });
      chosen.focus({ preventScroll: true });
    } else {
      window.scrollTo(0, 0);
      $('doc-title').focus({ preventScroll: true });
    }
    announce('Rapporten ' + (doc.title || '') + ' er åbnet' + (chosen ? ', ved det valgte afsnit.' : '.'));
    // Passages of other reports on the chosen passage's topic (the whole report's without one).
    await relatedView.render({ state, signal, id: chosen ? state.passage : doc.id, current: () => seq === renderSeq });
  }

  function renderDocumentShell(doc) {
    relatedView.clear();
    const back = $('doc-back');
    back.href = urlFor(copyState(state, { doc: '', passage: '' }));
    back.textContent = state.q ? '← Tilbage til resultaterne' : '← Til søgningen';
    $('doc-kicker').textContent = doc && doc.conference ? doc.conference : '';
    $('doc-title').textContent = doc ? (doc.title || doc.path || 'Uden titel') : 'Rapporten kunne ikke vises';
    $('back-title').textContent = doc ? (doc.title || '') : '';
    const meta = $('doc-meta');
    meta.replaceChildren();
    $('doc-names').replaceChildren();
    $('doc-body').replaceChildren();
    if (!doc) return;
    const rows = [
      ['Konference', doc.conference],
      ['Dato', doc.date ? formatDate(doc.date) : (doc.year ? String(doc.year) : null)],
      ['Sted', doc.place],
      ['Arrangør', doc.organiser],
      ['Udgiver', doc.publisher],
      ['Forfatter', doc.author],
      ['Beskrivelse', doc.description],
      ['Sprog', doc.language === 'da' ? 'dansk' : (doc.language === 'en' ? 'engelsk' : doc.language)],
      ['Format', doc.format ? String(doc.format).toUpperCase() + (doc.page_count ? ', ' + plural(doc.page_count, 'side', 'sider') : '') : null],
      ['Fil', doc.path],
      ['Opdateret', doc.updated ? formatDate(doc.updated) : null],
      ['Oprindelse', doc.source],
    ];
    for (const [label, value] of rows) {
      if (!value) continue;
      const wrap = el('div', 'meta-row');
      wrap.append(el('dt', null, label), el('dd', null, value));
      meta.append(wrap);
    }
    const sameText = sameTextLinks(doc.same_text_as);
    if (sameText) {
      const wrap = el('div', 'meta-row');
      const dd = el('dd');
      dd.append(sameText);
      wrap.append(el('dt', null, 'Findes også som'), dd);
      meta.append(wrap);
    }
    const source = safeHttpUrl(doc.url);
    if (source) {
      const wrap = el('div', 'meta-row');
      const dd = el('dd');
      const a = el('a', null, source);
      a.href = source;
      a.rel = 'noopener noreferrer';
      dd.append(a);
      wrap.append(el('dt', null, 'Kilde'), dd);
      meta.append(wrap);
    }
    if (typeof doc.file === 'string' && doc.file.startsWith('/api/documents/')) {
      // served by this server from the corpus folder: a PDF opens in a new tab, the rest downloads
      const wrap = el('div', 'meta-row');
      const dd = el('dd');
      const a = el('a', null, String(doc.path || 'Hent filen'));
      a.id = 'doc-file';
      a.href = doc.file;
      if (doc.media_type === 'application/pdf') {
        a.target = '_blank';
        a.rel = 'noopener';
        a.append(el('span', 'visually-hidden', ' (åbner i et nyt vindue)'));
      } else {
        a.setAttribute('download', '');
      }
      dd.append(a);
      wrap.append(el('dt', null, 'Original fil'), dd);
      meta.append(wrap);
    }
    const names = namesBlock(doc.people, doc.organisations, doc.municipalities, 'Nævnt i rapporten', 0);
    if (names) $('doc-names').append(names);
    renderRemoved(doc.extraction);
  }

  // Why a piece of text was taken out, in Danish; reasons the page does not know are shown as given.
  const REMOVAL_REASONS = [
    [/^outside the page's main content/, 'uden for sidens hovedindhold'],
    [/^the page's title/, 'sidens titel (bruges som rapportens titel)'],
    [/^(nav element|role navigation|role menu|role menubar)/, 'navigation'],
    [/^(header element|role banner)/, 'sidehoved'],
    [/^(footer element|role contentinfo)/, 'sidefod'],
    [/^(aside element|role complementary)/, 'sidebjælke'],
    [/^form/, 'formular'],
    [/^hidden/, 'skjult på siden'],
    [/^picture or caption/, 'billede eller billedtekst'],
    [/^class, id or label "(.*)"/, 'markeret som "$1" i sidens kode'],
    [/^(chrome class inside|mostly links|list of links|link$|list of short items|gallery)/, 'links eller boks i artiklen'],
    [/^navigation or button text/, 'menu- eller knaptekst'],
    [/^link line/, 'linklinje'],
    [/^cookie notice/, 'cookie-besked'],
    [/^subscription or consent notice/, 'nyhedsbrev eller samtykke'],
    [/^subscription and link lines/, 'nyhedsbrev og links sidst på siden'],
    [/^menu before the text/, 'menu før teksten'],
    [/^breadcrumb/, 'brødkrummesti'],
    [/^last-updated line/, '"sidst opdateret" (bruges som dato)'],
    [/^file name or markup debris/, 'filnavn eller kode'],
    [/^separator line/, 'skillelinje'],
    [/^site template line/, 'gentages på sidens andre sider (skabelon)'],
    [/^comment form/, 'kommentarformular'],
    [/^form field label/, 'formularfelt'],
    [/^running header repeated on (\d+) of (\d+) (pages|slides)/, 'sidehoved, gentaget på $1 af $2 sider'],
    [/^running footer repeated on (\d+) of (\d+) (pages|slides)/, 'sidefod, gentaget på $1 af $2 sider'],
    [/^page number|^slide number/, 'sidetal'],
  ];

  function danishReason(reason) {
    const text = String(reason || '');
    for (const [pattern, danish] of REMOVAL_REASONS) {
      if (pattern.test(text)) return text.replace(pattern, danish);
    }
    return text;
  }

  // What extraction removed from the file's text, with the reasons, folded away under the metadata.
  function renderRemoved(extraction) {
    const box = $('doc-removed');
    const list = $('doc-removed-list');
    list.replaceChildren();
    const removed = extraction && Array.isArray(extraction.removed) ? extraction.removed : [];
    box.hidden = removed.length === 0;
    box.open = false;
    if (removed.length === 0) return;
    const share = Math.round(100 * (Number(extraction.removed_share) || 0));
    $('doc-removed-summary').textContent = 'Fjernet fra teksten: ' + plural(removed.length, 'stykke', 'stykker')
      + ' (' + share + ' % af filens tekst)';
    for (const r of removed) {
      const li = el('li', null, r.text || '');
      li.append(' ', el('span', 'removed-reason', '— ' + danishReason(r.reason)));
      list.append(li);
    }
  }

  // The full text, cut into its passages; the chosen passage is marked and returned.
  function renderDocumentBody(doc) {
    const body = $('doc-body');
    const text = typeof doc.text === 'string' ? doc.text : '';
    const passages = Array.isArray(doc.passages) ? doc.passages.slice() : [];
    passages.sort((a, b) => (a.start || 0) - (b.start || 0) || (a.ordinal || 0) - (b.ordinal || 0));
    const offsetsUsable = text && passages.length > 0 && passages.every((p) =>
      Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.end <= text.length && p.start <= p.end);
    let chosen = null;
    let cursor = 0;
    const gap = (from, to) => {
      const t = text.slice(from, to);
      if (t.trim()) body.append(el('div', 'doc-gap', t.trim()));
    };
    if (passages.length === 0) {
      body.append(el('div', 'doc-gap', text));
      return null;
    }
    const n = passages.length;
    passages.forEach((p, i) => {
      if (offsetsUsable && p.start > cursor) gap(cursor, p.start);
      const ptext = offsetsUsable ? text.slice(Math.max(p.start, cursor), p.end) : (p.text || '');
      if (offsetsUsable) cursor = Math.max(cursor, p.end);
      const isChosen = !!state.passage && p.id === state.passage;
      const section = el('section', 'doc-passage' + (isChosen ? ' chosen' : ''));
      section.id = 'passage-' + (p.id || i);
      section.dataset.passage = p.id || '';
      section.tabIndex = -1;
      const headingId = 'passage-heading-' + i;
      section.setAttribute('aria-labelledby', headingId);
      const head = el('div', 'passage-head');
      const h2 = el('h2', 'passage-heading');
      h2.id = headingId;
      h2.append('Afsnit ' + (i + 1) + ' af ' + n);
      if (isChosen) {
        section.setAttribute('aria-current', 'true');
        h2.append(el('span', 'chosen-label', 'Det valgte afsnit'));
      }
      head.append(h2);
      if (isChosen) {
        const jump = el('button', 'link-button passage-permalink related-jump', 'Relaterede afsnit fra andre rapporter ↓');
        jump.type = 'button';
        jump.addEventListener('click', () => {
          const heading = $('related-heading');
          heading.scrollIntoView({ block: 'start' });
          heading.focus({ preventScroll: true });
        });
        head.append(jump);
      } else {
        const link = el('a', 'passage-permalink', 'Link til afsnittet');
        link.href = urlFor(copyState(state, { passage: p.id }));
        link.dataset.nav = '';
        link.dataset.keepScroll = '';
        link.setAttribute('aria-label', 'Link til afsnit ' + (i + 1) + ' – markerer afsnittet');
        head.append(link);
      }
      section.append(head);
      const talk = talkLine(p, null);
      if (talk) section.append(talk);
      const content = el('div', 'passage-body');
      const cached = p.id ? highlightCache.get(p.id) : null;
      let usedHighlight = false;
      if (cached && cached.q === state.q) {
        const frag = highlightFragment(cached.highlight);
        if (fragmentText(frag).trim() === ptext.trim()) {
          content.append(frag);
          usedHighlight = true;
        }
      }
      if (!usedHighlight) content.textContent = ptext.trim();
      section.append(content);
      const names = namesBlock(p.people, p.organisations, p.municipalities, null, 0);
      if (names) {
        names.classList.add('passage-names-block');
        section.append(names);
      }
      if (Array.isArray(p.dates) && p.dates.length) {
        section.append(el('p', 'passage-dates', 'Datoer: ' + p.dates.map(formatDate).join(', ')));
      }
      body.append(section);
      if (isChosen) chosen = section;
    });
    if (offsetsUsable && cursor < text.length) gap(cursor, text.length);
    if (state.passage && !chosen) {
      const note = el('p', 'notice', 'Det valgte afsnit findes ikke længere i rapporten; her er hele rapporten.');
      body.prepend(note);
    }
    return chosen;
  }

  // ---------------------------------------------------------------- completion (combobox)

  let suggestTimer = 0;
  let suggestAbort = null;
  let suggestions = [];
  let activeIndex = -1;
  let suggestedFor = '';

  function closeSuggestions() {
    window.clearTimeout(suggestTimer);
    if (suggestAbort) suggestAbort.abort();
    listbox.hidden = true;
    listbox.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    suggestions = [];
    activeIndex = -1;
  }

  function isOpen() {
    return !listbox.hidden && suggestions.length > 0;
  }

  function setActive(index) {
    activeIndex = index;
    listbox.querySelectorAll('[role=option]').forEach((option, i) => {
      const on = i === index;
      option.setAttribute('aria-selected', String(on));
      option.classList.toggle('active', on);
      if (on) option.scrollIntoView({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', 'suggestion-' + index);
    else input.removeAttribute('aria-activedescendant');
  }

  function showSuggestions(items, typed) {
    suggestions = items;
    suggestedFor = typed;
    listbox.replaceChildren();
    activeIndex = -1;
    input.removeAttribute('aria-activedescendant');
    if (items.length === 0) {
      listbox.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      return;
    }
    items.forEach((item, i) => {
      const option = el('li', 'suggestion');
      option.id = 'suggestion-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      const text = String(item.text);
      const textSpan = el('span', 'suggestion-text');
      const at = text.toLowerCase().indexOf(typed.toLowerCase());
      if (at >= 0 && typed) {
        textSpan.append(text.slice(0, at), el('strong', null, text.slice(at, at + typed.length)),
          text.slice(at + typed.length));
      } else {
        textSpan.textContent = text;
      }
      option.append(textSpan);
      if (KIND_LABELS[item.kind]) option.append(el('span', 'suggestion-kind', KIND_LABELS[item.kind]));
      option.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
      option.addEventListener('click', () => chooseSuggestion(i));
      listbox.append(option);
    });
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  async function fetchSuggestions(typed) {
    if (suggestAbort) suggestAbort.abort();
    suggestAbort = new AbortController();
    try {
      const data = await api('/api/suggest?' + new URLSearchParams({ q: typed.slice(-100), limit: '8' }),
        suggestAbort.signal);
      if (input.value.trim() !== typed || document.activeElement !== input) return;
      const items = Array.isArray(data.suggestions) ? data.suggestions.filter((s) => s && s.text) : [];
      showSuggestions(items, typed);
    } catch (e) {
      // Completion is a help, not a must: on any error the box simply shows no suggestions.
      if (e.name !== 'AbortError') showSuggestions([], typed);
    }
  }

  function chooseSuggestion(index) {
    const item = suggestions[index];
    if (!item) return;
    const q = suggestionQuery(item, suggestedFor || input.value.trim());
    input.value = q;
    closeSuggestions();
    submitSearch(q);
  }

  input.addEventListener('input', () => {
    window.clearTimeout(suggestTimer);
    const typed = input.value.trim();
    if (typed.length < 2) {
      closeSuggestions();
      return;
    }
    suggestTimer = window.setTimeout(() => fetchSuggestions(typed), SUGGEST_DELAY_MS);
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      if (!isOpen()) {
        const typed = input.value.trim();
        if (typed.length >= 2) fetchSuggestions(typed);
        return;
      }
      e.preventDefault();
      setActive(activeIndex + 1 >= suggestions.length ? 0 : activeIndex + 1);
    } else if (e.key === 'ArrowUp') {
      if (!isOpen()) return;
      e.preventDefault();
      setActive(activeIndex <= 0 ? suggestions.length - 1 : activeIndex - 1);
    } else if (e.key === 'Enter') {
      if (isOpen() && activeIndex >= 0) {
        e.preventDefault();
        chooseSuggestion(activeIndex);
      }
    } else if (e.key === 'Escape') {
      if (isOpen()) {
        e.preventDefault();
        closeSuggestions();
      } else if (input.value) {
        e.preventDefault();
        input.value = '';
      }
    } else if (e.key === 'Tab') {
      closeSuggestions();
    }
  });

  input.addEventListener('blur', () => closeSuggestions());

  // ---------------------------------------------------------------- events

  function submitSearch(q) {
    closeSuggestions();
    if (!q) {
      navigate(parseState(''));
      return;
    }
    navigate(copyState(state, { q, page: 1, kwicPage: 1, doc: '', passage: '' }));
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitSearch(input.value.trim());
  });

  $('sort').addEventListener('change', (e) => {
    pendingFocus = null;
    navigate(copyState(state, { sort: e.target.value === 'date' ? 'date' : 'relevance', page: 1 }), { scrollTop: false });
  });

  $('reset-filters').addEventListener('click', resetFilters);
  $('no-results-reset').addEventListener('click', resetFilters);
  $('retry').addEventListener('click', () => {
    searchCache.clear();
    lastDocument = null;
    render({ scrollTop: false });
  });

  // Internal links: render in place instead of loading the page again.
  document.addEventListener('click', (e) => {
    const a = e.target.closest ? e.target.closest('a[data-nav]') : null;
    if (!a || !a.hasAttribute('href')) return;
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname !== '/') return;
    e.preventDefault();
    const next = parseState(url.search);
    if (a.id === 'doc-back' && history.state && history.state.fromResults) {
      history.back(); // return to the very results page, scrolled where it was
      return;
    }
    if (a.classList.contains('view-tab') || a.hasAttribute('data-same-search')) {
      // Another view of the same search, or another page of one: the search itself is unchanged.
      if (a.dataset.focusPanel) pendingFocus = { panel: a.dataset.focusPanel };
      navigate(next, { scrollTop: false, sameSearch: true });
      return;
    }
    if (a.classList.contains('pager-link')) pendingFocus = { heading: true };
    if (next.doc && !state.doc && a.hasAttribute('data-from-results')) {
      navigate(next, { fromResults: true });
      return;
    }
    if (next.doc && state.doc === next.doc) {
      // Another passage of the same report: mark it in place, so Back still leads to the results.
      navigate(next, { fromResults: !!(history.state && history.state.fromResults), replace: true });
      return;
    }
    if (!next.doc && state.doc) pendingFocus = { doc: state.doc };
    navigate(next, { syncInput: true });
  });

  window.addEventListener('popstate', (e) => {
    const prevDoc = state.doc;
    state = parseState(location.search);
    if (!state.doc && prevDoc) pendingFocus = { doc: prevDoc };
    const scrollY = e.state && typeof e.state.scrollY === 'number' ? e.state.scrollY : undefined;
    render({ fromHistory: true, syncInput: true, restoreScroll: scrollY, scrollTop: scrollY === undefined });
  });

  // Filters fold away above the results on narrow screens; on wide screens they are always open.
  const wide = window.matchMedia('(min-width: 56em)');
  const filters = $('filters');
  function syncFilterPanel() {
    filters.open = wide.matches;
  }
  filters.addEventListener('toggle', () => {
    if (wide.matches && !filters.open) filters.open = true;
  });
  if (wide.addEventListener) wide.addEventListener('change', syncFilterPanel);
  syncFilterPanel();

  // ---------------------------------------------------------------- the research views

  // What the views in the other files may use; they get nothing else of this file.
  const kb = Object.freeze({
    $, el, formatNumber, plural, formatDate, api, danishError, announce, selectionParams, urlFor, copyState, docLink,
    setPageLink,
    state: () => state,
    // A change of the view's own settings (trends' dimension, the concordance's order): same search.
    navigate: (next, focusPanel) => {
      if (focusPanel) pendingFocus = { panel: focusPanel };
      return navigate(next, { scrollTop: false, sameSearch: true });
    },
  });
  const factories = window.KonferencebasenViews || {};
  const missing = (name) => ({
    render: () => { throw new Error('visningen ' + name + ' blev ikke indlæst'); },
    clear: () => {},
  });
  const researchViews = {};
  for (const name of ['trends', 'kwic', 'entities']) {
    researchViews[name] = typeof factories[name] === 'function' ? factories[name](kb) : missing(name);
  }
  const relatedView = typeof factories.related === 'function' ? factories.related(kb)
    : { render: async () => {}, clear: () => {} };

  history.replaceState(Object.assign({}, history.state), '', urlFor(state));
  render({ syncInput: true, scrollTop: false });
})();

// Konferencebasen search page. The search state lives in the URL (?q=…), so a search can be
// shared and bookmarked. Document text is only ever inserted as text; the one exception is the
// API's "highlight", which the server HTML-escapes and marks up with <mark> alone.
(function () {
  const form = document.getElementById('search');
  const input = document.getElementById('q');
  const status = document.getElementById('status');
  const results = document.getElementById('results');
  const empty = document.getElementById('empty');

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function render(data) {
    results.replaceChildren();
    if (data.total === 0) {
      status.textContent = 'Ingen indlæg matcher søgningen. Prøv et andet eller et bredere ord.';
      return;
    }
    status.textContent = data.total + (data.total === 1 ? ' rapport' : ' rapporter') +
      ' med ' + data.total_passages + (data.total_passages === 1 ? ' afsnit' : ' afsnit') + ' (' + data.took_ms + ' ms)';
    for (const hit of data.hits) {
      const li = el('li');
      li.append(el('div', 'report-title', hit.title));
      const meta = [hit.conference, hit.date, hit.path].filter(Boolean).join(' · ');
      li.append(el('div', 'meta', meta));
      for (const p of hit.passages) {
        const block = el('blockquote', 'passage');
        block.innerHTML = p.highlight; // escaped by the server; only <mark> is markup
        li.append(block);
        const names = [...p.people, ...p.organisations];
        if (names.length) li.append(el('div', 'names', 'Nævnt: ' + names.join(', ')));
      }
      results.append(li);
    }
  }

  async function search(q) {
    empty.hidden = !!q;
    results.replaceChildren();
    if (!q) { status.textContent = ''; return; }
    status.textContent = 'Søger …';
    try {
      const response = await fetch('/api/search?' + new URLSearchParams({ q }));
      const data = await response.json();
      if (!response.ok) {
        status.textContent = 'Søgningen kunne ikke gennemføres: ' + (data.message || response.status);
        status.className = 'error';
        return;
      }
      status.className = '';
      render(data);
    } catch (e) {
      status.textContent = 'Serveren svarer ikke. Prøv igen om lidt.';
      status.className = 'error';
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    history.pushState({ q }, '', q ? '/?' + new URLSearchParams({ q }) : '/');
    search(q);
  });
  window.addEventListener('popstate', () => {
    const q = new URLSearchParams(location.search).get('q') || '';
    input.value = q;
    search(q);
  });
  const initial = new URLSearchParams(location.search).get('q') || '';
  input.value = initial;
  search(initial);
})();

<?xml version="1.0" encoding="UTF-8"?>
<!-- The search page: one GET form (the words, the facets, a date range), filled in and answered
     by assets/search.js from the index in search/ (src/render/search/). Without JavaScript the
     page says that search needs it and points to the pages that work without; opened from disk
     (file://), where a browser lets no page read the index, the script says how to serve the
     site (lectio serve). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- what the search fetches before it can answer, asked for with the page rather than one
       after another (script, its module, the term code, the index), so the first results come
       sooner; not from disk (file://), where a browser refuses modules and fetches and says so -->
  <xsl:template name="lx:search-preload">
    <script>if (location.protocol !== 'file:') for (const [rel, href] of [['modulepreload', 'assets/search-app.js'], ['modulepreload', 'assets/search-terms.js'], ['preload', 'search/meta.json'], ['preload', 'search/docs.json']]) { const link = document.createElement('link'); link.rel = rel; link.href = href; if (rel === 'preload') { link.as = 'fetch'; link.crossOrigin = 'anonymous' } document.head.append(link) }</script>
  </xsl:template>

  <xsl:template name="lx:search-page">
    <div class="search-page">
      <h1>Search</h1>
      <form class="search-form" id="search-form" role="search" action="search.html" method="get">
        <div class="query">
          <label for="search-q">Words to find (all of them; case, accents and word endings do not matter)</label>
          <input id="search-q" type="search" name="q" autocomplete="off"/>
        </div>
        <div class="order">
          <label for="search-sort">Order</label>
          <select id="search-sort" name="sort"><option value="relevance">best match first</option><option value="date">by date</option></select>
        </div>
        <button type="submit">Search</button>
        <div class="search-layout">
          <div class="facets" id="search-facets" role="group" aria-labelledby="facets-h">
            <h2 id="facets-h" class="visually-hidden">Narrow the results</h2>
            <fieldset class="date-range">
              <legend>Date</legend>
              <div class="range">
                <label for="search-from">from</label><input id="search-from" name="from" inputmode="numeric" placeholder="1890" pattern="\d{{4}}(-\d\d(-\d\d)?)?" title="a year (1890), a month (1890-05) or a day (1890-05-12)"/>
                <label for="search-to">to</label><input id="search-to" name="to" inputmode="numeric" placeholder="1899-12-31" pattern="\d{{4}}(-\d\d(-\d\d)?)?" title="a year (1899), a month (1899-12) or a day (1899-12-31)"/>
              </div>
            </fieldset>
          </div>
          <div class="search-answer">
            <noscript>
              <p class="search-notice">The search needs JavaScript, which this browser does not run for this page. Everything else works without it: the <a href="index.html">documents</a>, the <a href="correspondence.html">correspondence</a>, the <a href="timeline.html">timeline</a> and the indexes of <a href="persons.html">persons</a>, <a href="places.html">places</a> and <a href="organisations.html">organisations</a>.</p>
            </noscript>
            <div class="search-notice" id="search-offline" hidden="hidden">
              <p>This page was opened from a file on disk, and browsers let no such page read the search index. To search, view the edition through a local web server:</p>
              <pre><code>lectio serve <span id="search-offline-dir">DIR</span></code></pre>
              <p>and open the address it prints (DIR is the folder that holds <code>html/</code>, for example the edition's <code>dist/</code>). Published on a web server, the search works as it is.</p>
            </div>
            <p class="search-status" id="search-status" role="status" aria-live="polite"></p>
            <ol class="results" id="search-results" aria-labelledby="search-status"></ol>
          </div>
        </div>
      </form>
      <script src="assets/search.js" defer="defer"></script>
    </div>
  </xsl:template>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- The page frame shared by every HTML page: head, skip link, site navigation with a search box
     (a plain form: it opens the search page with the words, with or without JavaScript), footer. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <xsl:include href="permalinks.xsl"/>

  <xsl:param name="edition-title" as="xs:string" select="'Edition'"/>
  <xsl:param name="edition-language" as="xs:string" select="'en'"/>
  <xsl:param name="licence" as="xs:string" select="''"/>
  <xsl:param name="licence-url" as="xs:string" select="''"/>
  <xsl:param name="standalone" as="xs:boolean" select="false()"/>
  <!-- the edition's stylesheet, inlined into a standalone page -->
  <xsl:param name="inline-css" as="xs:string" select="''"/>
  <!-- false: the edition has no search page (edition.json "search": false) -->
  <xsl:param name="search" as="xs:boolean" select="true()"/>

  <!-- the site's pages in the navigation: file, label -->
  <xsl:variable name="lx:site-pages" select="(['index.html', 'Documents'], ['correspondence.html', 'Correspondence'], ['timeline.html', 'Timeline'], ['persons.html', 'Persons'], ['places.html', 'Places'], ['organisations.html', 'Organisations'], ['chronology.html', 'Chronology'], ['about.html', 'About'])"/>

  <xsl:template name="lx:page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="lang" as="xs:string" select="$edition-language"/>
    <xsl:param name="body" as="node()*"/>
    <xsl:param name="current" as="xs:string" select="''"/>
    <!-- the labels of the stable ids that get a permalink (lx:permalink-labels), by id -->
    <xsl:param name="permalinks" as="map(xs:string, xs:string)" select="map{}"/>
    <!-- what one page adds to the head (the search page: the files it will fetch, preloaded) -->
    <xsl:param name="head" as="element()*" select="()"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="Lectio"/>
        <title><xsl:value-of select="if ($title = $edition-title) then $title else $title || ' — ' || $edition-title"/></title>
        <xsl:if test="not($standalone)">
          <link rel="stylesheet" href="assets/edition.css"/>
          <link rel="stylesheet" href="assets/reader.css"/>
          <link rel="icon" href="assets/icon.svg" type="image/svg+xml"/>
          <script src="assets/edition.js" defer="defer"></script>
          <xsl:sequence select="$head"/>
        </xsl:if>
        <xsl:if test="$standalone">
          <style><xsl:value-of select="if (normalize-space($inline-css)) then $inline-css else 'body{font-family:Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.55}.supplied{color:#555}.pb{color:#777;font-size:.8em}.dateline{text-align:right}.noteref{font-size:.75em}'"/></style>
        </xsl:if>
      </head>
      <body>
        <a class="skip" href="#main">Skip to the text</a>
        <header class="site">
          <p class="site-title"><xsl:choose><xsl:when test="$standalone"><xsl:value-of select="$edition-title"/></xsl:when><xsl:otherwise><a href="index.html"><xsl:value-of select="$edition-title"/></a></xsl:otherwise></xsl:choose></p>
          <xsl:if test="not($standalone)">
            <nav aria-label="Edition">
              <ul>
                <xsl:for-each select="$lx:site-pages, (['search.html', 'Search'][$search])">
                  <li>
                    <a href="{?1}">
                      <xsl:if test="?1 = $current"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
                      <xsl:value-of select="?2"/>
                    </a>
                  </li>
                </xsl:for-each>
              </ul>
            </nav>
            <xsl:if test="$search and $current != 'search.html'">
              <form class="site-search" role="search" action="search.html" method="get">
                <label for="site-search-q" class="visually-hidden">Search the edition</label>
                <input id="site-search-q" type="search" name="q" placeholder="Search the edition"/>
                <button type="submit">Search</button>
              </form>
            </xsl:if>
          </xsl:if>
        </header>
        <main id="main">
          <xsl:choose>
            <xsl:when test="map:size($permalinks) gt 0">
              <xsl:apply-templates select="$body" mode="lx:permalinks"><xsl:with-param name="labels" select="$permalinks" tunnel="yes"/></xsl:apply-templates>
            </xsl:when>
            <xsl:otherwise><xsl:sequence select="$body"/></xsl:otherwise>
          </xsl:choose>
        </main>
        <footer class="site">
          <p>
            <xsl:value-of select="$edition-title"/>
            <xsl:if test="$licence">
              <xsl:text> · </xsl:text>
              <xsl:choose>
                <xsl:when test="lx:safe-url($licence-url)"><a href="{lx:safe-url($licence-url)}" rel="license"><xsl:value-of select="$licence"/></a></xsl:when>
                <xsl:otherwise><xsl:value-of select="$licence"/></xsl:otherwise>
              </xsl:choose>
            </xsl:if>
            <xsl:text> · Made with Lectio</xsl:text>
          </p>
        </footer>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>

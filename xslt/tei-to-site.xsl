<?xml version="1.0" encoding="UTF-8"?>
<!-- The edition-level pages of the site: index.html (home), persons.html, places.html,
     organisations.html, chronology.html, about.html. Made in two kinds of run, so that no run
     holds the whole corpus (an edition may have tens of thousands of documents):
     - part "rows", once per document when it is built: input <lx:site> with its <lx:digest>
       (xslt/tei-to-digest.xsl); output the rows the pages list for it (a table row, its dates,
       the occurrences of each register entry), each after a comment naming its slot (lx:row),
       and for sorted lists its sort key. The rows are kept with the document.
     - part "pages": input <lx:site> with the register entries the documents carry (<lx:entries>,
       one copy each); output the pages with a comment (lx:slot) where each list of rows goes.
     src/render/html/edition-pages.ts sets the rows into the slots, in edition order or sorted as
     xsl:sort would (codepoints, stable). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <xsl:import href="common/functions.xsl"/>
  <xsl:include href="html/layout.xsl"/>
  <xsl:include href="html/indexes.xsl"/>
  <xsl:include href="html/browse.xsl"/>
  <xsl:include href="html/search.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <xsl:param name="edition-subtitle" as="xs:string" select="''"/>
  <xsl:param name="editors" as="xs:string" select="''"/>
  <xsl:param name="publisher" as="xs:string" select="''"/>
  <xsl:param name="edition-date" as="xs:string" select="''"/>
  <xsl:param name="edition-version" as="xs:string" select="''"/>
  <xsl:param name="introduction" as="xs:string" select="''"/>
  <xsl:param name="principles" as="xs:string" select="''"/>
  <xsl:param name="citation" as="xs:string" select="''"/>
  <!-- works with an apparatus: "id|title" per line -->
  <xsl:param name="works" as="xs:string" select="''"/>
  <xsl:param name="part" as="xs:string" select="'pages'"/>
  <!-- part "pages": whether any document has a date of its own (the chronology's first table) -->
  <xsl:param name="has-dated" as="xs:boolean" select="false()"/>
  <!-- part "pages": the entries named somewhere, as "name-element id" lines -->
  <xsl:param name="named" as="xs:string" select="''"/>
  <!-- part "pages": the correspondents, "KEY<tab>letters from<tab>letters to" lines (browse.xsl) -->
  <xsl:param name="correspondents" as="xs:string" select="''"/>
  <!-- part "pages": the months with dated documents, "YYYY-MM<tab>count" lines, and the undated ones -->
  <xsl:param name="months" as="xs:string" select="''"/>
  <xsl:param name="undated" as="xs:double" select="0"/>

  <!-- A slot's or row's name in a comment: URI-encoded, and "-" too, so no "-\-" can end it early. -->
  <xsl:function name="lx:comment-name" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="string-join(for $part in tokenize($name, ' ') return replace(encode-for-uri($part), '-', '%2D'), ' ')"/>
  </xsl:function>
  <xsl:function name="lx:slot" as="comment()">
    <xsl:param name="name" as="xs:string"/>
    <xsl:comment select="'lx:slot ' || lx:comment-name($name)"/>
  </xsl:function>
  <xsl:function name="lx:row" as="comment()">
    <xsl:param name="name" as="xs:string"/>
    <xsl:comment select="'lx:row ' || lx:comment-name($name)"/>
  </xsl:function>
  <!-- a row of a sorted list: its slot, then "|" and its sort key -->
  <xsl:function name="lx:row" as="comment()">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="sort-key" as="xs:string"/>
    <xsl:comment select="'lx:row ' || lx:comment-name($name) || '|' || lx:comment-name($sort-key)"/>
  </xsl:function>

  <xsl:variable name="docs" select="/lx:site/lx:digest" as="element(lx:digest)*"/>
  <xsl:variable name="entries" select="/lx:site/lx:entries" as="element(lx:entries)?"/>

  <xsl:function name="lx:paragraphs" as="element()*">
    <xsl:param name="text" as="xs:string"/>
    <xsl:for-each select="tokenize($text, '\n\s*\n')[normalize-space()]"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:for-each>
  </xsl:function>


  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$part = 'rows'"><xsl:call-template name="lx:rows"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="lx:pages"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The rows of the documents given (one, when a document is built). -->
  <xsl:template name="lx:rows">
    <xsl:for-each select="$docs">
      <xsl:sequence select="lx:row('doc')"/>
      <tr>
        <td><a href="{@page}"><xsl:value-of select="@title"/></a></td>
        <td><xsl:value-of select="@author"/></td>
        <td><xsl:value-of select="@date"/></td>
        <td><xsl:value-of select="@type"/></td>
      </tr>
      <xsl:sequence select="lx:row('source')"/>
      <li><a href="{@page}"><xsl:value-of select="@title"/></a>: <xsl:value-of select="@source"/></li>
      <!-- the same statement in many documents is listed once: the writer keeps the first -->
      <xsl:for-each select="distinct-values(lx:decl)">
        <xsl:sequence select="lx:row('decl')"/>
        <li><xsl:value-of select="."/></li>
      </xsl:for-each>
      <!-- the document itself: each letter at its date of sending, other texts at their source's date -->
      <xsl:variable name="sent" select="tei:correspDesc/tei:correspAction[@type = 'sent'][tei:date[@when or @from]]"/>
      <xsl:for-each select="if ($sent) then $sent else tei:bibl[tei:date[@when or @from]]">
        <xsl:variable name="date" select="tei:date[@when or @from][1]"/>
        <xsl:sequence select="lx:row('dated', string((tei:date/@when, tei:date/@from)[1]))"/>
        <tr>
          <td><time><xsl:if test="$date/@when"><xsl:attribute name="datetime" select="$date/@when"/></xsl:if><xsl:value-of select="lx:date-value($date)"/></time></td>
          <td><a href="{ancestor::lx:digest/@page}"><xsl:value-of select="ancestor::lx:digest/@title"/></a><xsl:if test="count(../../tei:correspDesc) gt 1"> (letter <xsl:value-of select="count(../preceding-sibling::tei:correspDesc) + 1"/>)</xsl:if></td>
          <td><xsl:value-of select="string-join(self::tei:correspAction/(tei:persName | tei:orgName)/normalize-space(), ', ')"/><xsl:for-each select="self::tei:correspAction/tei:placeName[1]">, <xsl:value-of select="normalize-space()"/></xsl:for-each></td>
          <td><xsl:value-of select="string-join(../tei:correspAction[@type = 'received']/(tei:persName | tei:orgName)/normalize-space(), ', ')"/></td>
        </tr>
      </xsl:for-each>
      <xsl:for-each select="lx:date">
        <xsl:variable name="anchor" select="string(@anchor)"/>
        <xsl:sequence select="lx:row('date', string((@when, @from)[1]))"/>
        <tr>
          <td><time><xsl:if test="@when"><xsl:attribute name="datetime" select="@when"/></xsl:if><xsl:value-of select="lx:date-value(.)"/></time></td>
          <td><xsl:value-of select="normalize-space(.)"/></td>
          <td><a href="{../@page}{if ($anchor) then '#' || $anchor else ''}"><xsl:value-of select="../@title"/></a></td>
        </tr>
      </xsl:for-each>
      <xsl:call-template name="lx:occurrence-rows"><xsl:with-param name="digest" select="."/></xsl:call-template>
      <xsl:call-template name="lx:browse-rows"><xsl:with-param name="digest" select="."/></xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- The pages, with a slot for each list of rows. -->
  <xsl:template name="lx:pages">
    <xsl:call-template name="lx:page">
      <xsl:with-param name="title" select="$edition-title"/>
      <xsl:with-param name="current" select="'index.html'"/>
      <xsl:with-param name="body">
        <h1><xsl:value-of select="$edition-title"/></h1>
        <xsl:if test="$edition-subtitle"><p class="subtitle"><xsl:value-of select="$edition-subtitle"/></p></xsl:if>
        <xsl:if test="$editors"><p class="editors">Edited by <xsl:value-of select="$editors"/></p></xsl:if>
        <xsl:if test="$introduction"><section class="introduction" aria-labelledby="intro-h"><h2 id="intro-h">Introduction</h2><xsl:sequence select="lx:paragraphs($introduction)"/></section></xsl:if>
        <section aria-labelledby="docs-h">
          <h2 id="docs-h">Documents</h2>
          <table class="documents">
            <thead><tr><th scope="col">Title</th><th scope="col">Author</th><th scope="col">Date</th><th scope="col">Type</th></tr></thead>
            <tbody><xsl:sequence select="lx:slot('doc')"/></tbody>
          </table>
          <xsl:if test="normalize-space($works)">
            <h2>Collations</h2>
            <ul>
              <xsl:for-each select="tokenize($works, '\n')[normalize-space()]">
                <xsl:variable name="id" select="substring-before(., '|')"/>
                <li><xsl:value-of select="substring-after(., '|')"/>: <a href="{$id}.apparatus.html">text with variants</a> · <a href="{$id}.parallel.html">witnesses side by side</a></li>
              </xsl:for-each>
            </ul>
          </xsl:if>
        </section>
      </xsl:with-param>
    </xsl:call-template>

    <xsl:for-each select="(['persons.html', 'Persons', 'persName', 'person'], ['places.html', 'Places', 'placeName', 'place'], ['organisations.html', 'Organisations', 'orgName', 'org'])">
      <xsl:variable name="spec" select="."/>
      <xsl:result-document href="{$spec?1}" method="html" html-version="5" include-content-type="no">
        <xsl:call-template name="lx:page">
          <xsl:with-param name="title" select="$spec?2"/>
          <xsl:with-param name="current" select="$spec?1"/>
          <xsl:with-param name="body">
            <xsl:call-template name="lx:index">
              <xsl:with-param name="entries" select="$entries/*[local-name() = $spec?4]"/>
              <xsl:with-param name="name-element" select="$spec?3"/>
              <xsl:with-param name="heading" select="$spec?2"/>
              <xsl:with-param name="named" select="tokenize($named, '\n')"/>
              <xsl:with-param name="correspondents" select="tokenize($correspondents, '\n')"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>

    <xsl:result-document href="correspondence.html" method="html" html-version="5" include-content-type="no">
      <xsl:call-template name="lx:page">
        <xsl:with-param name="title" select="'Correspondence'"/>
        <xsl:with-param name="current" select="'correspondence.html'"/>
        <xsl:with-param name="body">
          <xsl:call-template name="lx:correspondence-page">
            <xsl:with-param name="correspondents" select="tokenize($correspondents, '\n')"/>
            <xsl:with-param name="entries" select="$entries/*"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>

    <xsl:result-document href="timeline.html" method="html" html-version="5" include-content-type="no">
      <xsl:call-template name="lx:page">
        <xsl:with-param name="title" select="'Timeline'"/>
        <xsl:with-param name="current" select="'timeline.html'"/>
        <xsl:with-param name="body">
          <xsl:call-template name="lx:timeline-page">
            <xsl:with-param name="months" select="tokenize($months, '\n')"/>
            <xsl:with-param name="undated" select="xs:integer($undated)"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>

    <xsl:if test="$search">
      <xsl:result-document href="search.html" method="html" html-version="5" include-content-type="no">
        <xsl:call-template name="lx:page">
          <xsl:with-param name="title" select="'Search'"/>
          <xsl:with-param name="current" select="'search.html'"/>
          <xsl:with-param name="head" as="element()*"><xsl:call-template name="lx:search-preload"/></xsl:with-param>
          <xsl:with-param name="body"><xsl:call-template name="lx:search-page"/></xsl:with-param>
        </xsl:call-template>
      </xsl:result-document>
    </xsl:if>

    <xsl:result-document href="chronology.html" method="html" html-version="5" include-content-type="no">
      <xsl:call-template name="lx:page">
        <xsl:with-param name="title" select="'Chronology'"/>
        <xsl:with-param name="current" select="'chronology.html'"/>
        <xsl:with-param name="body">
          <h1>Chronology</h1>
          <xsl:if test="$has-dated">
            <h2 id="documents-by-date">Documents by date</h2>
            <table class="chronology documents-by-date">
              <thead><tr><th scope="col">Date</th><th scope="col">Document</th><th scope="col">From</th><th scope="col">To</th></tr></thead>
              <tbody><xsl:sequence select="lx:slot('dated')"/></tbody>
            </table>
            <h2 id="dates-in-texts">Dates named in the texts</h2>
          </xsl:if>
          <table class="chronology">
            <thead><tr><th scope="col">Date</th><th scope="col">As written</th><th scope="col">Where</th></tr></thead>
            <tbody><xsl:sequence select="lx:slot('date')"/></tbody>
          </table>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>

    <xsl:result-document href="about.html" method="html" html-version="5" include-content-type="no">
      <xsl:call-template name="lx:page">
        <xsl:with-param name="title" select="'About this edition'"/>
        <xsl:with-param name="current" select="'about.html'"/>
        <xsl:with-param name="body">
          <h1>About this edition</h1>
          <dl class="edition-facts">
            <xsl:if test="$editors"><dt>Editors</dt><dd><xsl:value-of select="$editors"/></dd></xsl:if>
            <xsl:if test="$publisher"><dt>Publisher</dt><dd><xsl:value-of select="$publisher"/></dd></xsl:if>
            <xsl:if test="$edition-version"><dt>Version</dt><dd><xsl:value-of select="$edition-version"/><xsl:if test="$edition-date">, <xsl:value-of select="$edition-date"/></xsl:if></dd></xsl:if>
            <xsl:if test="$licence"><dt>Licence</dt><dd><xsl:choose><xsl:when test="lx:safe-url($licence-url)"><a href="{lx:safe-url($licence-url)}" rel="license"><xsl:value-of select="$licence"/></a></xsl:when><xsl:otherwise><xsl:value-of select="$licence"/></xsl:otherwise></xsl:choose></dd></xsl:if>
          </dl>
          <xsl:if test="$principles"><section aria-labelledby="principles-h"><h2 id="principles-h">Editorial principles</h2><xsl:sequence select="lx:paragraphs($principles)"/></section></xsl:if>
          <section aria-labelledby="sources-h">
            <h2 id="sources-h">Sources</h2>
            <ul><xsl:sequence select="lx:slot('source')"/></ul>
          </section>
          <section aria-labelledby="conversion-h">
            <h2 id="conversion-h">How the texts were made</h2>
            <ul><xsl:sequence select="lx:slot('decl')"/></ul>
          </section>
          <xsl:if test="$citation"><section aria-labelledby="cite-h"><h2 id="cite-h">How to cite</h2><p><xsl:value-of select="$citation"/></p></section></xsl:if>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>
</xsl:stylesheet>

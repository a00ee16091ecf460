<?xml version="1.0" encoding="UTF-8"?>
<!-- Indexes of persons, places and organisations over the whole edition: each entry with its
     normalised name, authority link, note, and every document and paragraph where it occurs.
     The entries come from the registers' standOff copies the documents carry; the occurrences
     are rows made from the documents' digests in pieces (lx:occurrence-rows), set into the
     entry's slot by the site writer (src/render/html/edition-pages.ts), so no transform ever
     holds the occurrences of the whole corpus. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- The index page: entries sorted by name, each with a slot for its occurrence rows.
       $named: the "name-element id" keys that have at least one occurrence. -->
  <xsl:template name="lx:index">
    <xsl:param name="entries" as="element()*"/>
    <xsl:param name="name-element" as="xs:string"/>
    <xsl:param name="heading" as="xs:string"/>
    <xsl:param name="named" as="xs:string*"/>
    <!-- the correspondents with their letters: "KEY<tab>from<tab>to" lines (browse.xsl) -->
    <xsl:param name="correspondents" as="xs:string*" select="()"/>
    <xsl:variable name="letters" as="map(xs:string, xs:string+)" select="map:merge($correspondents[normalize-space()] ! (let $f := tokenize(., '\t') return map:entry($f[1], ($f[2], $f[3]))))"/>
    <h1><xsl:value-of select="$heading"/></h1>
    <xsl:choose>
      <xsl:when test="empty($entries)"><p>No entries.</p></xsl:when>
      <xsl:otherwise>
        <ul class="index">
          <xsl:for-each select="$entries">
            <xsl:sort select="lower-case(lx:entry-name(.))"/>
            <xsl:sort select="@xml:id"/>
            <xsl:variable name="id" select="string(@xml:id)"/>
            <li id="{$id}">
              <span class="entry-name"><xsl:value-of select="lx:entry-name(.)"/></span>
              <xsl:variable name="aliases" select="distinct-values((tei:persName|tei:placeName|tei:orgName)[@type = 'alias']/normalize-space())[. != lx:entry-name(current())]"/>
              <xsl:if test="exists($aliases)"><span class="entry-aliases"> (also <xsl:value-of select="string-join($aliases, ', ')"/>)</span></xsl:if>
              <xsl:if test="tei:birth or tei:death"><span class="entry-life">, <xsl:value-of select="(tei:birth/@when, '?')[1]"/>–<xsl:value-of select="(tei:death/@when, '')[1]"/></span></xsl:if>
              <xsl:for-each select="(tei:idno[@type = 'URI'])[1]">
                <xsl:variable name="uri" select="lx:safe-url(.)"/>
                <xsl:if test="$uri"><xsl:text> </xsl:text><a class="authority" href="{$uri}">authority record</a></xsl:if>
              </xsl:for-each>
              <xsl:for-each select="tei:note[1]"><span class="entry-note"> — <xsl:value-of select="."/></span></xsl:for-each>
              <!-- a correspondent: a link to the letters from and to them -->
              <xsl:variable name="from-to" select="$letters('ref:' || $id)"/>
              <xsl:if test="exists($from-to)">
                <p class="entry-letters"><a href="correspondence.html#c-{$id}">Letters: <xsl:value-of select="string-join((if (xs:integer($from-to[1]) gt 0) then $from-to[1] || ' from' else (), if (xs:integer($from-to[2]) gt 0) then $from-to[2] || ' to' else ()), ', ')"/></a></p>
              </xsl:if>
              <xsl:variable name="key" select="$name-element || ' ' || $id"/>
              <xsl:choose>
                <xsl:when test="not($key = $named)"><p class="occurrences none">Not named in the text of any document.</p></xsl:when>
                <xsl:otherwise>
                  <!-- documents in edition order, each with its paragraphs and notes in text order -->
                  <ul class="occurrences"><xsl:sequence select="lx:slot('mention ' || $key)"/></ul>
                </xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One document's occurrence rows: per entry named in it, a link to the document and one to
       each paragraph or note where the entry is named. -->
  <xsl:template name="lx:occurrence-rows">
    <xsl:param name="digest" as="element(lx:digest)"/>
    <xsl:variable name="page" select="string($digest/@page)"/>
    <xsl:for-each-group select="$digest/lx:mention" group-by="@name || ' ' || @ref">
      <xsl:sequence select="lx:row('mention ' || current-grouping-key())"/>
      <li>
        <a href="{$page}"><xsl:value-of select="$digest/@title"/></a>
        <xsl:text>: </xsl:text>
        <xsl:for-each select="current-group()">
          <xsl:variable name="anchor" select="string(@anchor)"/>
          <a href="{$page}{if ($anchor) then '#' || $anchor else ''}" class="occurrence">
            <xsl:choose>
              <xsl:when test="@label"><xsl:value-of select="@label"/></xsl:when>
              <xsl:when test="starts-with($anchor, 'note-')">note <xsl:value-of select="substring-after($anchor, 'note-')"/></xsl:when>
              <xsl:when test="$anchor">¶ <xsl:value-of select="substring($anchor, 2)"/></xsl:when>
              <xsl:otherwise>title</xsl:otherwise>
            </xsl:choose>
          </a>
          <xsl:if test="position() != last()">, </xsl:if>
        </xsl:for-each>
      </li>
    </xsl:for-each-group>
  </xsl:template>
</xsl:stylesheet>

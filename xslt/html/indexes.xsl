<?xml version="1.0" encoding="UTF-8"?>
<!-- Indexes of persons, places and organisations over the whole edition: each entry in the form
     and order of the print edition's indexes (common/index-names.xsl), with its life dates, other
     forms, authority link, note, and every document and paragraph where it occurs.
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

  <xsl:include href="../common/index-names.xsl"/>

  <!-- The index page: the entries in the order and form of the print edition
       (common/index-names.xsl: by surname, the edition language's particles and collation, life
       dates, see-references), under their letters, each with a slot for its occurrence rows.
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
    <xsl:variable name="items" select="lx:index-items($entries, $edition-language)"/>
    <xsl:choose>
      <xsl:when test="empty($items)"><p>No entries.</p></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="groups" as="element(lx:group)*">
          <xsl:for-each-group select="$items" group-adjacent="lx:index-letter(@key)">
            <lx:group letter="{current-grouping-key()}" id="letter-{position()}"><xsl:sequence select="current-group()"/></lx:group>
          </xsl:for-each-group>
        </xsl:variable>
        <xsl:if test="count($groups) gt 1">
          <nav class="index-letters" aria-label="Letters"><xsl:for-each select="$groups"><a href="#{@id}"><xsl:value-of select="@letter"/></a><xsl:text> </xsl:text></xsl:for-each></nav>
        </xsl:if>
        <xsl:for-each select="$groups">
          <section class="index-group" aria-labelledby="{@id}">
            <h2 class="index-letter" id="{@id}"><xsl:value-of select="@letter"/></h2>
            <ul class="index">
              <xsl:apply-templates select="lx:item" mode="lx:index">
                <xsl:with-param name="entries" select="$entries" tunnel="yes"/>
                <xsl:with-param name="name-element" select="$name-element" tunnel="yes"/>
                <xsl:with-param name="named" select="$named" tunnel="yes"/>
                <xsl:with-param name="letters" select="$letters" tunnel="yes"/>
              </xsl:apply-templates>
            </ul>
          </section>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="lx:item[@see]" mode="lx:index">
    <li class="see"><span class="entry-name"><xsl:value-of select="@see"/></span>, <i><xsl:value-of select="lx:see-label($edition-language)"/></i><xsl:text> </xsl:text><a href="#{@id}"><xsl:value-of select="@target"/></a></li>
  </xsl:template>

  <xsl:template match="lx:item" mode="lx:index">
    <xsl:param name="entries" as="element()*" tunnel="yes"/>
    <xsl:param name="name-element" as="xs:string" tunnel="yes"/>
    <xsl:param name="named" as="xs:string*" tunnel="yes"/>
    <xsl:param name="letters" as="map(xs:string, xs:string+)" tunnel="yes"/>
    <xsl:variable name="id" select="string(@id)"/>
    <xsl:variable name="entry" select="$entries[@xml:id = $id][1]"/>
    <li id="{$id}">
      <span class="entry-name"><xsl:value-of select="@name"/></span>
      <xsl:if test="@life != ''"><span class="entry-life"> (<xsl:value-of select="@life"/>)</span></xsl:if>
      <xsl:variable name="aliases" select="distinct-values(($entry/(tei:persName|tei:placeName|tei:orgName)[@type = 'alias'])/normalize-space())[. != lx:entry-name($entry)]"/>
      <xsl:if test="exists($aliases)"><span class="entry-aliases"> (also <xsl:value-of select="string-join($aliases, ', ')"/>)</span></xsl:if>
      <xsl:for-each select="($entry/tei:idno[@type = 'URI'])[1]">
        <xsl:variable name="uri" select="lx:safe-url(.)"/>
        <xsl:if test="$uri"><xsl:text> </xsl:text><a class="authority" href="{$uri}">authority record</a></xsl:if>
      </xsl:for-each>
      <xsl:for-each select="$entry/tei:note[1]"><span class="entry-note"> — <xsl:value-of select="."/></span></xsl:for-each>
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

<?xml version="1.0" encoding="UTF-8"?>
<!-- One TEI document → one HTML reading page (the document pages of the site, and
     lectio render with standalone=true). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <xsl:import href="common/functions.xsl"/>
  <xsl:import href="common/media.xsl"/>
  <xsl:include href="html/layout.xsl"/>
  <xsl:include href="html/generic.xsl"/>
  <xsl:include href="html/text-structure.xsl"/>
  <xsl:include href="html/phrases.xsl"/>
  <xsl:include href="html/transcription.xsl"/>
  <xsl:include href="html/verse.xsl"/>
  <xsl:include href="html/figures.xsl"/>
  <xsl:include href="html/names-dates.xsl"/>
  <xsl:include href="html/notes.xsl"/>
  <xsl:include href="html/apparatus.xsl"/>
  <xsl:include href="html/metadata.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <xsl:param name="prev-href" as="xs:string" select="''"/>
  <xsl:param name="prev-title" as="xs:string" select="''"/>
  <xsl:param name="next-href" as="xs:string" select="''"/>
  <xsl:param name="next-title" as="xs:string" select="''"/>
  <!-- "reading" (default) or "parallel" (side by side, for an apparatus) -->
  <xsl:param name="view" as="xs:string" select="'reading'"/>
  <!-- for an apparatus: the page of the other view -->
  <xsl:param name="other-view-href" as="xs:string" select="''"/>
  <xsl:param name="other-view-title" as="xs:string" select="''"/>

  <xsl:template match="/">
    <xsl:apply-templates select="tei:TEI"/>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <xsl:variable name="title" select="normalize-space(tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/>
    <xsl:call-template name="lx:citation-result"><xsl:with-param name="tei" select="."/></xsl:call-template>
    <xsl:call-template name="lx:page">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="lang" select="(@xml:lang, $edition-language)[1]"/>
      <xsl:with-param name="permalinks" select="lx:permalink-labels(tei:text)"/>
      <xsl:with-param name="body">
        <article class="document" lang="{(@xml:lang, $edition-language)[1]}">
          <!-- the title first (from the title page when there is one), then the metadata panel -->
          <xsl:choose>
            <xsl:when test="tei:text/tei:front/tei:titlePage/tei:docTitle"><header class="front"><xsl:apply-templates select="tei:text/tei:front/tei:titlePage[tei:docTitle]"/></header></xsl:when>
            <xsl:otherwise><h1 class="doc-title"><xsl:value-of select="$title"/></h1></xsl:otherwise>
          </xsl:choose>
          <xsl:call-template name="lx:metadata"><xsl:with-param name="header" select="tei:teiHeader"/></xsl:call-template>
          <!-- a long text with several headings gets a table of contents -->
          <xsl:variable name="heads" select="tei:text/tei:body//tei:div/tei:head[not(ancestor::tei:note)]"/>
          <xsl:if test="$view = 'reading' and count($heads) ge 3">
            <nav class="contents" aria-labelledby="contents-heading">
              <h2 id="contents-heading">Contents</h2>
              <ol>
                <xsl:for-each select="$heads">
                  <li class="level-{count(ancestor::tei:div)}"><a href="#{lx:block-id(.)}"><xsl:value-of select="normalize-space(.)"/></a></li>
                </xsl:for-each>
              </ol>
            </nav>
          </xsl:if>
          <xsl:if test="lx:safe-url($other-view-href)"><p class="other-view"><a href="{lx:safe-url($other-view-href)}">Show the <xsl:value-of select="$other-view-title"/></a></p></xsl:if>
          <!-- the source's own readings (sic, orig, abbr) instead of the edited ones: CSS only -->
          <xsl:if test="$view = 'reading' and tei:text//tei:choice">
            <p class="reading-switch"><input type="checkbox" id="show-source-readings"/><xsl:text> </xsl:text><label for="show-source-readings">Show the source's own readings (spelling, errors, abbreviations) instead of the edited text</label></p>
          </xsl:if>
          <div class="text">
            <xsl:choose>
              <xsl:when test="$view = 'parallel'"><xsl:call-template name="lx:parallel"><xsl:with-param name="tei" select="."/></xsl:call-template></xsl:when>
              <xsl:otherwise><xsl:apply-templates select="tei:text"/></xsl:otherwise>
            </xsl:choose>
          </div>
          <xsl:call-template name="lx:notes"><xsl:with-param name="notes" select="tei:text//tei:note"/></xsl:call-template>
          <xsl:call-template name="lx:cite"><xsl:with-param name="tei" select="."/></xsl:call-template>
        </article>
        <xsl:if test="$prev-href or $next-href">
          <nav class="prev-next" aria-label="Previous and next document">
            <xsl:if test="lx:safe-url($prev-href)"><a rel="prev" href="{lx:safe-url($prev-href)}">← <xsl:value-of select="$prev-title"/></a></xsl:if>
            <xsl:if test="lx:safe-url($next-href)"><a rel="next" href="{lx:safe-url($next-href)}"><xsl:value-of select="$next-title"/> →</a></xsl:if>
          </nav>
        </xsl:if>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- the text in reading order: front (without the title page, rendered above the metadata
       panel), body, back; a front that held only the title page adds nothing -->
  <xsl:template match="tei:text">
    <xsl:apply-templates select="node() except tei:front[tei:titlePage/tei:docTitle][not(* except tei:titlePage[tei:docTitle])]"/>
  </xsl:template>
</xsl:stylesheet>

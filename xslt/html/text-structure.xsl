<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI text structure → semantic HTML: divisions, headings, paragraphs, quotations, letters. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <xsl:template match="tei:front">
    <header class="front"><xsl:apply-templates/></header>
  </xsl:template>
  <xsl:template match="tei:titlePage"><xsl:apply-templates/></xsl:template>
  <xsl:template match="tei:docTitle">
    <h1 class="doc-title"><xsl:for-each select="tei:titlePart"><span class="title-part {@type}"><xsl:apply-templates/></span><xsl:if test="position() != last()"><br/></xsl:if></xsl:for-each></h1>
  </xsl:template>
  <xsl:template match="tei:docAuthor | tei:byline"><p class="doc-author"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:docDate"><p class="doc-date"><xsl:apply-templates/></p></xsl:template>

  <xsl:template match="tei:body | tei:back"><xsl:apply-templates/></xsl:template>
  <xsl:template match="tei:div">
    <section class="div {@type}">
      <xsl:if test="@type = 'letter'"><xsl:attribute name="aria-label" select="'Letter' || (if (count(../tei:div[@type = 'letter']) gt 1) then ' ' || (count(preceding-sibling::tei:div[@type = 'letter']) + 1) else '')"/></xsl:if>
      <xsl:apply-templates/>
    </section>
  </xsl:template>
  <xsl:template match="tei:div[@type = 'notes']"/>
  <xsl:template match="tei:head">
    <xsl:variable name="level" select="min((count(ancestor::tei:div) + 1, 6))"/>
    <xsl:element name="h{$level}"><xsl:attribute name="id" select="lx:block-id(.)"/><xsl:apply-templates/></xsl:element>
  </xsl:template>
  <xsl:template match="tei:p">
    <p id="{lx:block-id(.)}"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:note//tei:p"><span class="note-p"><xsl:apply-templates/></span><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="tei:quote[tei:p] | tei:cit">
    <blockquote><xsl:apply-templates/></blockquote>
  </xsl:template>
  <xsl:template match="tei:quote"><q><xsl:apply-templates/></q></xsl:template>
  <xsl:template match="tei:cit/tei:bibl"><footer class="source"><xsl:apply-templates/></footer></xsl:template>

  <!-- letters -->
  <xsl:template match="tei:opener"><div class="opener"><xsl:apply-templates/></div></xsl:template>
  <xsl:template match="tei:closer"><div class="closer"><xsl:apply-templates/></div></xsl:template>
  <xsl:template match="tei:dateline"><p class="dateline" id="{lx:block-id(.)}"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:salute"><p class="salute" id="{lx:block-id(.)}"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:signed"><p class="signed" id="{lx:block-id(.)}"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:postscript"><div class="postscript"><xsl:apply-templates/></div></xsl:template>

  <!-- phrase level -->
  <xsl:template match="tei:hi[@rend = 'italic']"><em><xsl:apply-templates/></em></xsl:template>
  <xsl:template match="tei:hi[@rend = 'bold']"><strong><xsl:apply-templates/></strong></xsl:template>
  <xsl:template match="tei:hi[@rend = 'superscript']"><sup><xsl:apply-templates/></sup></xsl:template>
  <xsl:template match="tei:hi"><span class="hi {@rend}"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:title"><cite><xsl:apply-templates/></cite></xsl:template>
  <xsl:template match="tei:ref">
    <xsl:variable name="href" select="lx:safe-url(@target)"/>
    <xsl:choose>
      <xsl:when test="$href"><a href="{$href}"><xsl:apply-templates/></a></xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:supplied"><span class="supplied" title="supplied by the editor">[<xsl:apply-templates/>]</span></xsl:template>
  <xsl:template match="tei:sic"><span class="sic" title="thus in the source"><xsl:apply-templates/> [sic]</span></xsl:template>
  <xsl:template match="tei:unclear"><span class="unclear" title="unclear in the source{if (@reason) then ': ' || @reason else ''}"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:gap"><span class="gap" title="{if (@reason = 'illegible') then 'illegible in the source' else 'omitted'}">[…]</span></xsl:template>
  <xsl:template match="tei:pb">
    <span class="pb" role="note" aria-label="page break{if (@n) then ', page ' || @n else ''}"><xsl:if test="@break = 'no'"><xsl:attribute name="data-break" select="'no'"/></xsl:if>|<xsl:if test="@n"><span class="pb-n"><xsl:value-of select="@n"/></span></xsl:if></span>
  </xsl:template>
  <xsl:template match="tei:lb"><br/></xsl:template>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- One document of the EPUB: its heading (the transcribed title page, else the header's title),
     author and source, the text as the site renders it, and its notes as EPUB footnotes
     (epub:type="footnote" asides, which e-readers show as pop-ups at their call, each with a
     link back); and the document's summary for the edition part (tei-to-epub.xsl). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  xmlns:epub="http://www.idpf.org/2007/ops"
  exclude-result-prefixes="#all">

  <!-- a content document of the book: XHTML, its language, the book's stylesheet -->
  <xsl:template name="lx:epub-page">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:param name="body" as="element()*"/>
    <xsl:param name="body-type" as="xs:string" select="'bodymatter'"/>
    <html xmlns="http://www.w3.org/1999/xhtml" lang="{$lang}" xml:lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" type="text/css" href="epub.css"/>
      </head>
      <body epub:type="{$body-type}"><xsl:apply-templates select="$body" mode="lx:xhtml"/></body>
    </html>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="lx:epub">
    <xsl:variable name="header" select="tei:teiHeader/tei:fileDesc"/>
    <xsl:variable name="title" select="normalize-space($header/tei:titleStmt/tei:title[1])"/>
    <xsl:variable name="lang" select="string((@xml:lang, $edition-language)[1])"/>
    <xsl:call-template name="lx:epub-page">
      <xsl:with-param name="title" select="$title"/>
      <xsl:with-param name="lang" select="$lang"/>
      <xsl:with-param name="body" as="element()*">
        <section class="document" epub:type="chapter">
          <xsl:choose>
            <xsl:when test="tei:text/tei:front/tei:titlePage/tei:docTitle"><header class="front"><xsl:apply-templates select="tei:text/tei:front/tei:titlePage[tei:docTitle]"/></header></xsl:when>
            <xsl:otherwise><h1 class="doc-title"><xsl:value-of select="$title"/></h1></xsl:otherwise>
          </xsl:choose>
          <!-- the author, unless the transcribed title page names one -->
          <xsl:if test="not(tei:text/tei:front/tei:titlePage[tei:docTitle]//(tei:docAuthor | tei:byline))">
            <xsl:for-each select="$header/tei:titleStmt/tei:author[normalize-space()]"><p class="doc-author"><xsl:value-of select="normalize-space(.)"/></p></xsl:for-each>
          </xsl:if>
          <xsl:for-each select="$header/tei:sourceDesc/tei:bibl[1][normalize-space()]"><p class="doc-source"><xsl:value-of select="normalize-space(.)"/></p></xsl:for-each>
          <div class="text"><xsl:apply-templates select="tei:text"/></div>
          <xsl:call-template name="lx:epub-notes"><xsl:with-param name="notes" select="tei:text//tei:note"/></xsl:call-template>
        </section>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:result-document href="summary" method="xml" omit-xml-declaration="yes" indent="no">
      <xsl:call-template name="lx:epub-summary"><xsl:with-param name="title" select="$title"/></xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <!-- the call: a footnote reference, as the EPUB vocabulary names it -->
  <xsl:template match="tei:note">
    <xsl:variable name="k" select="lx:note-number(.)"/>
    <sup class="noteref"><a epub:type="noteref" role="doc-noteref" href="#{lx:note-id(.)}" id="noteref-{$k}"><xsl:value-of select="if (@n) then @n else $k"/></a></sup>
  </xsl:template>

  <!-- the notes after the text, each an aside an e-reader pops up at its call -->
  <xsl:template name="lx:epub-notes">
    <xsl:param name="notes" as="element(tei:note)*"/>
    <xsl:if test="$notes">
      <section class="notes">
        <h2 class="notes-title">Notes</h2>
        <xsl:for-each select="$notes">
          <xsl:variable name="k" select="lx:note-number(.)"/>
          <aside epub:type="footnote" role="doc-footnote" id="{lx:note-id(.)}">
            <div class="note"><a class="note-n" role="doc-backlink" href="#noteref-{$k}"><xsl:value-of select="if (@n) then @n else $k"/></a><xsl:text> </xsl:text><xsl:apply-templates/></div>
          </aside>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- what the edition part needs of the document: title, headings, names and where they are
       (as the site's digest has them: a paragraph, a note, or the title), register entries -->
  <xsl:template name="lx:epub-summary">
    <xsl:param name="title" as="xs:string"/>
    <lx:summary file="{$file}" title="{$title}">
      <xsl:for-each select="tei:text/tei:body//tei:head[parent::*[matches(local-name(), '^div[1-7]?$')]][not(ancestor::tei:note | ancestor::tei:floatingText)]">
        <lx:head id="{lx:block-id(.)}"><xsl:value-of select="normalize-space(.)"/></lx:head>
      </xsl:for-each>
      <xsl:for-each-group select="tei:text//(tei:persName | tei:placeName | tei:orgName)[@ref]" group-by="local-name() || ' ' || lx:ref-id(@ref) || ' ' || (lx:anchor-of(.), '')[1]">
        <lx:mention name="{local-name()}" ref="{lx:ref-id(@ref)}" anchor="{(lx:anchor-of(.), '')[1]}" label="{(lx:anchor-label(.), '')[1]}"/>
      </xsl:for-each-group>
      <xsl:copy-of select="tei:standOff" copy-namespaces="no"/>
    </lx:summary>
  </xsl:template>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI → print HTML for CSS Paged Media (paginated by Paged.js in Chromium, printed to PDF).
     Input: one TEI document, or a teiCorpus for the whole edition. Title page, table of contents
     with page numbers, the documents with running heads and footnotes at the foot of the page,
     indexes of persons and places with page numbers. A collation (a TEI document with listWit and
     apps, see src/collate/) is printed as a critical text: the base text with line numbers and the
     apparatus at the foot of the page (print/apparatus.xsl), the witnesses on a page of sigla; in
     the edition volume (a teiCorpus) a collation is a section of its own after the documents. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <xsl:import href="common/functions.xsl"/>
  <xsl:import href="common/index-names.xsl"/>
  <xsl:import href="common/media.xsl"/>
  <xsl:import href="html/generic.xsl"/>
  <xsl:import href="html/text-structure.xsl"/>
  <xsl:import href="html/phrases.xsl"/>
  <xsl:import href="html/transcription.xsl"/>
  <xsl:import href="html/verse.xsl"/>
  <xsl:import href="html/figures.xsl"/>
  <xsl:import href="html/names-dates.xsl"/>
  <xsl:import href="html/apparatus.xsl"/>
  <xsl:import href="print/apparatus.xsl"/>
  <xsl:import href="print/overrides.xsl"/>
  <xsl:import href="print/indexes.xsl"/>
  <xsl:import href="print/transcription.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <xsl:param name="edition-title" as="xs:string" select="''"/>
  <xsl:param name="edition-language" as="xs:string" select="'en'"/>
  <xsl:param name="editors" as="xs:string" select="''"/>
  <xsl:param name="publisher" as="xs:string" select="''"/>
  <xsl:param name="licence" as="xs:string" select="''"/>
  <xsl:param name="edition-date" as="xs:string" select="''"/>
  <xsl:param name="paper" as="xs:string" select="'A4'"/>
  <xsl:param name="standalone" as="xs:boolean" select="false()"/>

  <!-- without an edition (a single file rendered on its own) the title page takes these from the
       TEI header -->
  <xsl:variable name="header" select="(/tei:TEI, /tei:teiCorpus/tei:TEI)[1]/tei:teiHeader/tei:fileDesc"/>
  <xsl:variable name="the-editors" as="xs:string" select="if ($editors) then $editors else string-join($header/tei:titleStmt/tei:editor/normalize-space()[.], ', ')"/>
  <xsl:variable name="the-publisher" as="xs:string" select="if ($publisher) then $publisher else string(normalize-space($header/tei:publicationStmt/tei:publisher[1]))"/>
  <xsl:variable name="the-licence" as="xs:string" select="if ($licence) then $licence else string(normalize-space($header/tei:publicationStmt/tei:availability[1]/tei:licence[1]))"/>
  <xsl:variable name="the-date" as="xs:string" select="if ($edition-date) then $edition-date else string(normalize-space(($header/tei:publicationStmt/tei:date[1]/(@when, .)[1])))"/>

  <xsl:variable name="docs" select="(/tei:teiCorpus/tei:TEI, /tei:TEI)" as="element(tei:TEI)*"/>
  <xsl:variable name="whole" select="exists(/tei:teiCorpus)" as="xs:boolean"/>
  <!-- one collated work: a critical text with its apparatus -->
  <xsl:variable name="collation" select="not($whole) and lx:is-collation($docs[1])" as="xs:boolean"/>
  <xsl:variable name="book-title" select="if ($whole or not($edition-title)) then ($edition-title[.], lx:title($docs[1]))[1] else $edition-title" as="xs:string"/>

  <xsl:function name="lx:title" as="xs:string">
    <xsl:param name="d" as="element(tei:TEI)"/>
    <xsl:sequence select="normalize-space($d/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/>
  </xsl:function>
  <!-- the title as printed: a collation's title names the work (Lectio titles it "<work>: collation
       of n witnesses"; the subtitle line says what the volume holds instead) -->
  <xsl:function name="lx:display-title" as="xs:string">
    <xsl:param name="d" as="element(tei:TEI)"/>
    <xsl:sequence select="if (lx:is-collation($d)) then replace(lx:title($d), ':\s*collation of .*$', '') else lx:title($d)"/>
  </xsl:function>

  <!-- a running head holds a short title: the TEI short title if there is one, else the main
       title before its subtitle (colon), cut at a word if still longer than half a line -->
  <xsl:function name="lx:short-title" as="xs:string">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="short" as="xs:string?"/>
    <xsl:variable name="main" select="if (normalize-space($short)) then normalize-space($short) else normalize-space((substring-before($title, ':')[normalize-space()], $title)[1])"/>
    <xsl:sequence select="if (string-length($main) le 55) then $main else replace(substring($main, 1, 55), '\s+\S*$', '') || '…'"/>
  </xsl:function>

  <xsl:template match="/">
    <html lang="{$edition-language}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="if ($whole) then $book-title else lx:title($docs[1])"/></title>
        <meta name="author" content="{string-join(distinct-values($docs/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author/normalize-space()), '; ')}"/>
        <meta name="description" content="{if ($whole) then 'Print edition of ' || $book-title else (normalize-space($docs[1]/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl[1])[.], lx:title($docs[1]))[1]}"/>
        <link rel="stylesheet" href="print.css"/>
        <style>@page { size: <xsl:value-of select="if ($paper = 'Letter') then 'letter' else $paper"/>; }</style>
        <!-- apparatus entries (print/apparatus.xsl) and their calls count no footnote: plain CSS that
             Paged.js does not parse (it takes any counter-increment for a counter of its own) -->
        <!-- Notes are numbered afresh in each document, as in the HTML edition: each call and
             note shows its own number (class fn-N). Not by resetting the footnote counter: Paged.js
             then stops counting pages (pagedjs issue 91), and every page reference reads 0. -->
        <xsl:variable name="most-notes" select="max((0, for $d in $docs return count($d/tei:text//tei:note)))"/>
        <xsl:if test="$most-notes gt 0">
          <style data-pagedjs-ignore="">
            <xsl:for-each select="1 to $most-notes">.pagedjs_area a.fn-<xsl:value-of select="."/>[data-footnote-call]::after { content: "<xsl:value-of select="."/>"; } .pagedjs_footnote_inner_content .fn-<xsl:value-of select="."/>[data-footnote-marker]::marker { content: "<xsl:value-of select="."/>. "; }
</xsl:for-each>
          </style>
        </xsl:if>
        <!-- the lettered notes of choices (print/transcription.xsl): a, b, c… in each document; a
             thin space keeps the letter apart from its word (for the eye, and for copied text) -->
        <xsl:variable name="most-text-notes" select="max((0, for $d in $docs return count($d/tei:text//tei:choice[lx:has-text-note(.)])))"/>
        <xsl:if test="$most-text-notes gt 0">
          <style data-pagedjs-ignore="">
            <xsl:for-each select="1 to $most-text-notes">.pagedjs_area a.tn-<xsl:value-of select="."/>[data-footnote-call]::after { content: "\2009 <xsl:value-of select="lx:letter(.)"/>"; } .pagedjs_footnote_inner_content .tn-<xsl:value-of select="."/>[data-footnote-marker]::marker { content: "<xsl:value-of select="lx:letter(.)"/>. "; }
</xsl:for-each>
          </style>
        </xsl:if>
        <xsl:if test="$docs/tei:text//tei:app">
          <style data-pagedjs-ignore="">.pagedjs_area [data-footnote-call].app-note, .pagedjs_footnote_inner_content .app-note[data-footnote-marker] { counter-increment: none; }</style>
        </xsl:if>
      </head>
      <body>
        <section class="title-page">
          <p class="running-title"><xsl:value-of select="if ($edition-title) then lx:short-title($edition-title, ()) else lx:short-title(lx:title($docs[1]), $docs[1]/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type = 'short'][1])"/></p>
          <p class="book-title"><xsl:value-of select="if ($whole) then $book-title else lx:display-title($docs[1])"/></p>
          <xsl:if test="$collation">
            <xsl:variable name="base" select="lx:base-sigla($docs[1])"/>
            <xsl:variable name="others" select="$docs[1]/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:listWit/tei:witness/@xml:id[not(. = $base)]"/>
            <p class="book-subtitle">The text of <xsl:value-of select="lx:and-list($base)"/> with the variants of <xsl:value-of select="lx:and-list($others)"/></p>
          </xsl:if>
          <xsl:if test="not($whole)">
            <xsl:for-each select="$docs[1]/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author"><p class="book-author"><xsl:value-of select="."/></p></xsl:for-each>
          </xsl:if>
          <xsl:if test="$the-editors"><p class="book-editors">Edited by <xsl:value-of select="$the-editors"/></p></xsl:if>
          <xsl:if test="not($whole) and not($collation)">
            <p class="book-source"><xsl:value-of select="normalize-space($docs[1]/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl[1])"/></p>
          </xsl:if>
          <p class="book-imprint"><xsl:value-of select="string-join(($edition-title[not($whole)][.], $the-publisher[.], $the-date[.]), ' · ')"/></p>
          <xsl:if test="$the-licence"><p class="book-licence"><xsl:value-of select="$the-licence"/></p></xsl:if>
        </section>

        <xsl:if test="$collation"><xsl:call-template name="lx:apparatus-front"><xsl:with-param name="tei" select="$docs[1]"/></xsl:call-template></xsl:if>
        <xsl:if test="not($collation)">
        <nav class="toc">
          <h2 class="toc-title">Contents</h2>
          <ol>
            <xsl:for-each select="$docs">
              <li><a href="#{lx:doc-id(.)}"><xsl:value-of select="if (lx:is-collation(.)) then lx:critical-title(.) else lx:title(.)"/></a>
                <xsl:if test="lx:contents-heads(.)">
                  <ol>
                    <xsl:for-each select="lx:contents-heads(.)">
                      <li><a href="#{lx:doc-id(ancestor::tei:TEI[1])}-{lx:block-id(.)}"><xsl:value-of select="normalize-space(.)"/></a></li>
                    </xsl:for-each>
                  </ol>
                </xsl:if>
              </li>
            </xsl:for-each>
            <xsl:if test="$docs/tei:standOff/tei:listPerson"><li><a href="#index-persons">Index of persons</a></li></xsl:if>
            <xsl:if test="$docs/tei:standOff/tei:listPlace"><li><a href="#index-places">Index of places</a></li></xsl:if>
          </ol>
        </nav>
        </xsl:if>

        <xsl:for-each select="$docs[not($whole and lx:is-collation(.))]">
          <section class="document{' critical-text'[$collation]}" id="{lx:doc-id(.)}" lang="{(@xml:lang, $edition-language)[1]}">
            <p class="running-doc"><xsl:value-of select="lx:short-title(lx:display-title(.), tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type = 'short'][1])"/></p>
            <!-- the title comes from the header; notes on the transcribed title page (a source's
                 note on the title, say) are called from it, so none is lost -->
            <xsl:variable name="title-page" select="tei:text/tei:front/tei:titlePage"/>
            <xsl:variable name="same-title" select="$title-page/tei:docTitle[lx:letters(.) = lx:letters(lx:display-title(current()))]"/>
            <h1 class="document-title"><xsl:sequence select="lx:heading-index(., tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/><xsl:value-of select="lx:display-title(.)"/><xsl:apply-templates select="$same-title//tei:note"/></h1>
            <xsl:for-each select="tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author"><p class="document-author"><xsl:sequence select="lx:heading-index(ancestor::tei:TEI[1], .)"/><xsl:value-of select="."/></p></xsl:for-each>
            <xsl:if test="not($collation)">
              <p class="document-source"><xsl:value-of select="normalize-space(tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl[1])"/></p>
            </xsl:if>
            <!-- front matter beyond the title page (an epigraph, an argument, a preface) -->
            <!-- the rest of the transcribed title page: its byline, date, imprint… (its title when it
                 is not the heading's) -->
            <xsl:for-each select="$title-page[* except $same-title]">
              <div class="title-page-text"><xsl:apply-templates select="node() except $same-title" mode="lx:title-page"/></div>
            </xsl:for-each>
            <xsl:apply-templates select="tei:text/tei:front/(* except tei:titlePage)"/>
            <xsl:apply-templates select="tei:text/tei:body | tei:text/tei:back"/>
          </section>
        </xsl:for-each>
        <!-- a collated work's critical text with its apparatus, in the volume (print/apparatus.xsl) -->
        <xsl:for-each select="$docs[$whole and lx:is-collation(.)]"><xsl:call-template name="lx:critical-section"/></xsl:for-each>

        <xsl:call-template name="lx:print-index">
          <xsl:with-param name="id" select="'index-persons'"/>
          <xsl:with-param name="title" select="'Index of persons'"/>
          <xsl:with-param name="entries" select="$docs/tei:standOff/tei:listPerson/tei:person"/>
          <xsl:with-param name="element" select="'persName'"/>
        </xsl:call-template>
        <xsl:call-template name="lx:print-index">
          <xsl:with-param name="id" select="'index-places'"/>
          <xsl:with-param name="title" select="'Index of places'"/>
          <xsl:with-param name="entries" select="$docs/tei:standOff/tei:listPlace/tei:place"/>
          <xsl:with-param name="element" select="'placeName'"/>
        </xsl:call-template>
      </body>
    </html>
  </xsl:template>

  <!-- a title's letters and digits, lower-cased: the header's title and the title page's agree
       whatever their line breaks, case and punctuation -->
  <xsl:function name="lx:letters" as="xs:string">
    <xsl:param name="s" as="item()?"/>
    <xsl:sequence select="lower-case(replace(string($s), '[^\p{L}\p{N}]', ''))"/>
  </xsl:function>
  <xsl:template match="tei:docTitle" mode="lx:title-page"><p class="title-page-title"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="node()" mode="lx:title-page"><xsl:apply-templates select="."/></xsl:template>

  <!-- the headings of a document's divisions (not of a floating text's): the contents list them -->
  <xsl:function name="lx:contents-heads" as="element(tei:head)*">
    <xsl:param name="d" as="element(tei:TEI)"/>
    <xsl:sequence select="$d/tei:text/tei:body//tei:head[parent::*[matches(local-name(), '^div[1-7]?$')]][not(ancestor::tei:floatingText)]"/>
  </xsl:function>
  <!-- head ids must be unique across the documents of a volume -->
  <xsl:template match="tei:head[parent::*[matches(local-name(), '^div[1-7]?$')]]">
    <h2 class="section-head" id="{lx:doc-id(ancestor::tei:TEI[1])}-{lx:block-id(.)}"><xsl:apply-templates/></h2>
  </xsl:template>
  <!-- a paragraph holding block content (a list, a verse quotation…) cannot be an HTML <p> -->
  <xsl:template match="tei:p">
    <xsl:element name="{if (lx:holds-blocks(.)) then 'div' else 'p'}">
      <xsl:call-template name="lx:rend-attributes"><xsl:with-param name="class" select="if (lx:holds-blocks(.)) then 'p' else ()"/></xsl:call-template>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>
  <!-- a note's paragraphs run on inside the footnote span: an HTML <p> there would close the
       paragraph that holds the note, leaving the note text in the body and the footnote empty -->
  <xsl:template match="tei:note//tei:p" priority="2"><xsl:apply-templates/><xsl:if test="following-sibling::tei:p"><xsl:text> </xsl:text></xsl:if></xsl:template>
  <!-- a collation keeps the base's headings and letter parts as paragraphs named by @rend -->
  <xsl:template match="tei:div[@type = 'collation']/tei:p[@rend = 'head']" priority="3"><h2 class="section-head"><xsl:apply-templates/></h2></xsl:template>
  <xsl:template match="tei:div[@type = 'collation']/tei:p[@rend]" priority="2"><p class="{@rend}"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:dateline"><p class="dateline"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:salute"><p class="salute"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:signed"><p class="signed"><xsl:apply-templates/></p></xsl:template>
  <!-- the back: a letter's closing and postscript, appendices…; notes gathered at the end are
       printed as endnotes -->
  <xsl:template match="tei:back"><xsl:apply-templates/></xsl:template>
  <xsl:template match="tei:back/tei:div[@type = 'notes']" priority="2"><xsl:apply-templates select="node() except tei:note"/><xsl:apply-templates select="tei:note" mode="endnote"/></xsl:template>
  <xsl:template match="tei:note" mode="endnote"><p class="endnote"><xsl:value-of select="@n"/><xsl:text> </xsl:text><xsl:apply-templates/></p></xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- The book's own pages, from the documents' summaries (document.xsl) in edition order: the title
     page, the navigation document (the contents: each document and its headings, the indexes;
     landmarks), and the indexes of persons, places and organisations in the order and form of the
     print edition (common/index-names.xsl), each entry linking to the paragraphs and notes that
     name it. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  xmlns:epub="http://www.idpf.org/2007/ops"
  exclude-result-prefixes="#all">

  <xsl:variable name="lx:summaries" select="/lx:epub/lx:summary" as="element(lx:summary)*"/>
  <!-- keys, not scans: an index entry's occurrences and its register entry are looked up once per
       entry, where scanning every summary per entry made the step grow with the square of the
       edition (87 s for the indexes of 10,000 letters) -->
  <xsl:key name="lx:epub-mentions" match="lx:summary" use="lx:mention/(@name || ' ' || @ref)"/>
  <xsl:key name="lx:epub-entry" match="lx:summary/tei:standOff//*[@xml:id]" use="@xml:id"/>
  <xsl:variable name="lx:epub-root" select="/" as="document-node()?"/>
  <!-- the indexes the book has: file, title, name element, entry element -->
  <xsl:variable name="lx:epub-indexes" select="(['persons.xhtml', 'Index of persons', 'persName', 'person'], ['places.xhtml', 'Index of places', 'placeName', 'place'], ['organisations.xhtml', 'Index of organisations', 'orgName', 'org'])[let $spec := . return exists($lx:summaries/lx:mention[@name = $spec?3])]"/>

  <xsl:template name="lx:epub-edition">
    <xsl:result-document href="title.xhtml" method="xml">
      <xsl:call-template name="lx:epub-page">
        <xsl:with-param name="title" select="$edition-title"/>
        <xsl:with-param name="lang" select="$edition-language"/>
        <xsl:with-param name="body-type" select="'frontmatter'"/>
        <xsl:with-param name="body" as="element()*">
          <section class="title-page" epub:type="titlepage">
            <h1 class="book-title"><xsl:value-of select="$edition-title"/></h1>
            <xsl:if test="$edition-subtitle"><p class="book-subtitle"><xsl:value-of select="$edition-subtitle"/></p></xsl:if>
            <xsl:if test="$editors"><p class="book-editors">Edited by <xsl:value-of select="$editors"/></p></xsl:if>
            <p class="book-imprint"><xsl:value-of select="string-join(($publisher[.], $edition-date[.]), ' · ')"/></p>
            <xsl:if test="$licence"><p class="book-licence"><xsl:value-of select="$licence"/></p></xsl:if>
          </section>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
    <xsl:result-document href="nav.xhtml" method="xml"><xsl:call-template name="lx:epub-nav"/></xsl:result-document>
    <xsl:for-each select="$lx:epub-indexes">
      <xsl:variable name="spec" select="."/>
      <xsl:result-document href="{$spec?1}" method="xml">
        <xsl:call-template name="lx:epub-index"><xsl:with-param name="spec" select="$spec"/></xsl:call-template>
      </xsl:result-document>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="lx:epub-nav">
    <xsl:call-template name="lx:epub-page">
      <xsl:with-param name="title" select="'Contents'"/>
      <xsl:with-param name="lang" select="$edition-language"/>
      <xsl:with-param name="body-type" select="'frontmatter'"/>
      <xsl:with-param name="body" as="element()*">
        <nav epub:type="toc" id="toc">
          <h1>Contents</h1>
          <ol>
            <li><a href="title.xhtml">Title page</a></li>
            <xsl:for-each select="$lx:summaries">
              <li><a href="{@file}"><xsl:value-of select="@title"/></a>
                <xsl:if test="lx:head"><ol><xsl:for-each select="lx:head"><li><a href="{../@file}#{@id}"><xsl:value-of select="."/></a></li></xsl:for-each></ol></xsl:if>
              </li>
            </xsl:for-each>
            <xsl:for-each select="$lx:epub-indexes"><li><a href="{?1}"><xsl:value-of select="?2"/></a></li></xsl:for-each>
          </ol>
        </nav>
        <nav epub:type="landmarks" id="landmarks" hidden="hidden">
          <h2>Landmarks</h2>
          <ol>
            <li><a epub:type="titlepage" href="title.xhtml">Title page</a></li>
            <li><a epub:type="toc" href="nav.xhtml#toc">Contents</a></li>
            <xsl:for-each select="$lx:summaries[1]"><li><a epub:type="bodymatter" href="{@file}">Text</a></li></xsl:for-each>
            <xsl:for-each select="$lx:epub-indexes[1]"><li><a epub:type="index" href="{?1}">Indexes</a></li></xsl:for-each>
          </ol>
        </nav>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="lx:epub-index">
    <xsl:param name="spec" as="array(*)"/>
    <xsl:variable name="named" select="distinct-values($lx:summaries/lx:mention[@name = $spec?3]/@ref)"/>
    <!-- each register entry as its first summary gives it (every summary carries those it names) -->
    <xsl:variable name="entries" select="for $id in $named return key('lx:epub-entry', $id, $lx:epub-root)[local-name() = $spec?4][1]"/>
    <xsl:call-template name="lx:epub-page">
      <xsl:with-param name="title" select="$spec?2"/>
      <xsl:with-param name="lang" select="$edition-language"/>
      <xsl:with-param name="body-type" select="'backmatter'"/>
      <xsl:with-param name="body" as="element()*">
        <section class="index" epub:type="index">
          <h1><xsl:value-of select="$spec?2"/></h1>
          <xsl:for-each-group select="lx:index-items($entries, $edition-language)" group-adjacent="lx:index-letter(@key)">
            <h2 class="index-letter"><xsl:value-of select="current-grouping-key()"/></h2>
            <ul class="index-entries">
              <xsl:for-each select="current-group()">
                <xsl:choose>
                  <xsl:when test="@see"><li class="see"><span class="entry-name"><xsl:value-of select="@see"/></span>, <i><xsl:value-of select="lx:see-label($edition-language)"/></i><xsl:text> </xsl:text><a href="#{@id}"><xsl:value-of select="@target"/></a></li></xsl:when>
                  <xsl:otherwise>
                    <li id="{@id}"><span class="entry-name"><xsl:value-of select="@name"/></span><xsl:if test="@life != ''"> (<xsl:value-of select="@life"/>)</xsl:if>
                      <xsl:call-template name="lx:epub-occurrences"><xsl:with-param name="name" select="$spec?3"/><xsl:with-param name="ref" select="string(@id)"/></xsl:call-template>
                    </li>
                  </xsl:otherwise>
                </xsl:choose>
              </xsl:for-each>
            </ul>
          </xsl:for-each-group>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- "A Letter to the Miller: ¶ 3, note 2; The Mill Pond: ¶ 1", each a link -->
  <xsl:template name="lx:epub-occurrences">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="ref" as="xs:string"/>
    <xsl:for-each select="key('lx:epub-mentions', $name || ' ' || $ref, $lx:epub-root)">
      <xsl:text>&#x2003;</xsl:text>
      <span class="occurrences"><a href="{@file}"><xsl:value-of select="@title"/></a>
        <xsl:variable name="anchored" select="lx:mention[@name = $name][@ref = $ref][@anchor != '']"/>
        <xsl:if test="$anchored">: <xsl:for-each select="$anchored"><a href="{../@file}#{@anchor}"><xsl:value-of select="@label"/></a><xsl:if test="position() != last()">, </xsl:if></xsl:for-each></xsl:if>
      </span>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>

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
  <!-- the title leads (it is the page's h1), whatever order the title page was transcribed in -->
  <xsl:template match="tei:titlePage"><xsl:apply-templates select="tei:docTitle, node() except tei:docTitle"/></xsl:template>
  <xsl:template match="tei:docTitle">
    <h1 class="doc-title"><xsl:for-each select="tei:titlePart"><span class="title-part {@type}"><xsl:apply-templates/></span><xsl:if test="position() != last()"><br/></xsl:if></xsl:for-each></h1>
  </xsl:template>
  <xsl:template match="tei:docAuthor | tei:byline"><p class="doc-author"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:byline//tei:docAuthor | tei:byline//tei:docDate" priority="2"><span class="{local-name()}"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:docDate"><p class="doc-date"><xsl:apply-templates/></p></xsl:template>

  <xsl:template match="tei:body | tei:back"><xsl:apply-templates/></xsl:template>
  <xsl:template match="tei:div">
    <section class="{normalize-space('div ' || @type)}">
      <xsl:if test="@type = 'letter'"><xsl:attribute name="aria-label" select="'Letter' || (if (count(../tei:div[@type = 'letter']) gt 1) then ' ' || (count(preceding-sibling::tei:div[@type = 'letter']) + 1) else '')"/><xsl:sequence select="lx:id-attribute(.)"/></xsl:if>
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
  <!-- an HTML p may hold phrasing content only (the parser closes it at a list, table, blockquote…):
       a TEI p holding such blocks becomes div.p with the paragraph role -->
  <xsl:template match="tei:p[tei:list | tei:table | tei:lg | tei:quote[tei:p | tei:lg] | tei:cit | tei:figure | tei:floatingText | tei:quote//tei:p][not(ancestor::tei:note)]" priority="1">
    <div class="p" role="paragraph" id="{lx:block-id(.)}"><xsl:apply-templates/></div>
  </xsl:template>
  <xsl:template match="tei:note//tei:p" priority="3"><span class="note-p"><xsl:apply-templates/></span><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="tei:quote[tei:p] | tei:cit">
    <blockquote><xsl:apply-templates/></blockquote>
  </xsl:template>
  <xsl:template match="tei:quote"><q><xsl:apply-templates/></q></xsl:template>
  <xsl:template match="tei:cit/tei:bibl"><footer class="source"><xsl:apply-templates/></footer></xsl:template>

  <!-- the id of a numbered block; blocks inside notes are not numbered and get none -->
  <xsl:template name="lx:block-id-attribute">
    <xsl:if test="not(ancestor::tei:note)"><xsl:attribute name="id" select="lx:block-id(.)"/></xsl:if>
  </xsl:template>

  <!-- other blocks -->
  <xsl:template match="tei:list">
    <xsl:apply-templates select="tei:head"/>
    <xsl:element name="{if (@type = ('ordered', 'numbered') or @rend = ('numbered', 'ordered')) then 'ol' else 'ul'}">
      <xsl:attribute name="class" select="'list'"/>
      <xsl:apply-templates select="node() except (tei:head, tei:label)"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="tei:item">
    <li><xsl:call-template name="lx:block-id-attribute"/><xsl:if test="preceding-sibling::*[1][self::tei:label]"><span class="label"><xsl:apply-templates select="preceding-sibling::*[1]/node()"/></span><xsl:text> </xsl:text></xsl:if><xsl:apply-templates/></li>
  </xsl:template>
  <xsl:template match="tei:list/tei:head | tei:lg/tei:head | tei:figure/tei:head | tei:table/tei:head">
    <p class="block-head"><xsl:call-template name="lx:block-id-attribute"/><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:lg"><div class="lg"><xsl:apply-templates/></div></xsl:template>
  <xsl:template match="tei:l"><span class="l"><xsl:call-template name="lx:block-id-attribute"/><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:ab"><p class="ab"><xsl:call-template name="lx:block-id-attribute"/><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:table">
    <table class="text-table">
      <xsl:for-each select="tei:head[1]"><caption><xsl:call-template name="lx:block-id-attribute"/><xsl:apply-templates/></caption></xsl:for-each>
      <tbody><xsl:apply-templates select="tei:row"/></tbody>
    </table>
  </xsl:template>
  <xsl:template match="tei:row"><tr><xsl:apply-templates select="tei:cell"/></tr></xsl:template>
  <xsl:template match="tei:cell">
    <xsl:element name="{if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
      <xsl:if test="@cols castable as xs:integer"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
      <xsl:if test="@rows castable as xs:integer"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="tei:figure"><figure><xsl:apply-templates select="node() except tei:head"/><xsl:for-each select="tei:head[1]"><figcaption><xsl:call-template name="lx:block-id-attribute"/><xsl:apply-templates/></figcaption></xsl:for-each></figure></xsl:template>
  <xsl:template match="tei:figDesc"><p class="fig-desc"><xsl:apply-templates/></p></xsl:template>
  <!-- images are not fetched: a graphic is named, not loaded (no request may leave the site) -->
  <xsl:template match="tei:graphic"><span class="graphic">[figure]</span></xsl:template>
  <xsl:template match="tei:epigraph | tei:argument | tei:trailer | tei:byline[ancestor::tei:body]"><div class="{local-name()}"><xsl:apply-templates/></div></xsl:template>
  <xsl:template match="tei:epigraph/tei:p | tei:argument/tei:p" priority="2"><p><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:address"><span class="address"><xsl:for-each select="tei:addrLine"><xsl:apply-templates/><xsl:if test="position() != last()"><br/></xsl:if></xsl:for-each></span></xsl:template>
  <!-- running heads and catchwords of the printed page are not part of the reading text -->
  <xsl:template match="tei:fw"/>
  <xsl:template match="tei:cb"><span class="cb" aria-hidden="true">¦</span></xsl:template>

  <!-- letters -->
  <xsl:template match="tei:opener"><div class="opener"><xsl:sequence select="lx:id-attribute(.)"/><xsl:apply-templates/></div></xsl:template>
  <xsl:template match="tei:closer"><div class="closer"><xsl:sequence select="lx:id-attribute(.)"/><xsl:apply-templates/></div></xsl:template>
  <xsl:template match="tei:dateline"><p class="dateline" id="{lx:block-id(.)}"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:salute"><p class="salute" id="{lx:block-id(.)}"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:signed"><p class="signed" id="{lx:block-id(.)}"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:postscript"><div class="postscript"><xsl:sequence select="lx:id-attribute(.)"/><xsl:apply-templates/></div></xsl:template>

  <!-- phrase level -->
  <xsl:template match="tei:hi[@rend = 'italic']"><em><xsl:apply-templates/></em></xsl:template>
  <xsl:template match="tei:hi[@rend = 'bold']"><strong><xsl:apply-templates/></strong></xsl:template>
  <xsl:template match="tei:hi[@rend = 'superscript']"><sup><xsl:apply-templates/></sup></xsl:template>
  <xsl:template match="tei:hi[@rend = ('subscript', 'sub')]"><sub><xsl:apply-templates/></sub></xsl:template>
  <xsl:template match="tei:hi[@rend = 'sup']"><sup><xsl:apply-templates/></sup></xsl:template>
  <xsl:template match="tei:hi"><span class="hi {@rend}"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:emph"><em><xsl:apply-templates/></em></xsl:template>
  <xsl:template match="tei:foreign | tei:term | tei:mentioned | tei:soCalled | tei:distinct">
    <xsl:variable name="tag" select="if (self::tei:term) then 'dfn' else 'span'"/>
    <xsl:element name="{$tag}">
      <xsl:attribute name="class" select="local-name()"/>
      <!-- a language change is announced to screen readers -->
      <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="tei:q | tei:said[not(tei:p)]"><q><xsl:apply-templates/></q></xsl:template>
  <!-- the reading text shows the editor's choice; the other form is on hover -->
  <xsl:template match="tei:choice[tei:sic and tei:corr]"><span class="corr" title="source reads: {normalize-space(tei:sic)}"><xsl:apply-templates select="tei:corr/node()"/></span></xsl:template>
  <xsl:template match="tei:choice[tei:abbr and tei:expan]"><abbr title="{normalize-space(tei:expan)}"><xsl:apply-templates select="tei:abbr/node()"/></abbr></xsl:template>
  <xsl:template match="tei:choice[tei:orig and tei:reg]"><span class="reg" title="source reads: {normalize-space(tei:orig)}"><xsl:apply-templates select="tei:reg/node()"/></span></xsl:template>
  <xsl:template match="tei:choice"><xsl:apply-templates select="*[1]"/></xsl:template>
  <xsl:template match="tei:corr"><span class="corr" title="corrected by the editor">[<xsl:apply-templates/>]</span></xsl:template>
  <xsl:template match="tei:add"><ins class="add"><xsl:apply-templates/></ins></xsl:template>
  <xsl:template match="tei:del"><del class="del"><xsl:apply-templates/></del></xsl:template>
  <xsl:template match="tei:space"><span class="space"><xsl:text> </xsl:text></span></xsl:template>
  <xsl:template match="tei:ptr">
    <xsl:variable name="href" select="lx:target-url(@target)"/>
    <xsl:if test="$href"><a href="{$href}"><xsl:value-of select="$href"/></a></xsl:if>
  </xsl:template>
  <xsl:template match="tei:title"><cite><xsl:apply-templates/></cite></xsl:template>
  <xsl:template match="tei:ref">
    <xsl:variable name="href" select="lx:target-url(@target)"/>
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
    <span class="pb" role="note" aria-label="page break{if (@n) then ', page ' || @n else ''}"><xsl:if test="@break = 'no'"><xsl:attribute name="data-break" select="'no'"/></xsl:if>|<xsl:variable name="facs" select="lx:target-url(@facs)"/><xsl:choose>
        <!-- the page image, when the edition has one, is one click away (a link, never an embedded image) -->
        <xsl:when test="$facs"><a class="pb-n" href="{$facs}" title="page image"><xsl:value-of select="(@n, '⎘')[1]"/></a></xsl:when>
        <xsl:when test="@n"><span class="pb-n"><xsl:value-of select="@n"/></span></xsl:when>
      </xsl:choose></span>
  </xsl:template>
  <xsl:template match="tei:lb"><br/></xsl:template>
</xsl:stylesheet>

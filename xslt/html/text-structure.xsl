<?xml version="1.0" encoding="UTF-8"?>
<!-- TEI text structure → semantic HTML: divisions, headings, paragraphs, letters (their opening
     and closing wherever they stand: in front and back too), addresses, lists, tables,
     floating texts. Phrase level: html/phrases.xsl; transcription: html/transcription.xsl; verse:
     html/verse.xsl; figures: html/figures.xsl; elements without a rule: html/generic.xsl. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- Containers whose children are blocks: a quotation or an address directly inside one is a
       block, not a phrase. -->
  <xsl:function name="lx:at-block-level" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/parent::*[matches(local-name(), '^(div[1-7]?|body|front|back|postscript|epigraph|argument|floatingText|group|opener|closer|sp|titlePage)$')]) or exists($e/parent::tei:cit[lx:at-block-level(.)])"/>
  </xsl:function>

  <!-- A quotation (quote, q, said, cit) shown as a block: it holds paragraphs or verse, or stands
       between blocks. -->
  <xsl:function name="lx:quote-is-block" as="xs:boolean">
    <xsl:param name="q" as="element()"/>
    <xsl:sequence select="exists($q/(tei:p | tei:ab | tei:lg | tei:l | tei:list | tei:table | tei:floatingText | tei:sp | tei:div | (tei:quote | tei:q | tei:said | tei:cit)[lx:quote-is-block(.)])) or lx:at-block-level($q)"/>
  </xsl:function>

  <!-- Does a paragraph hold something HTML shows as a block (a list, a table, verse, a figure, a
       block quotation…)? An HTML p may hold phrasing content only: the parser would close it
       there. Blocks inside its notes do not count (notes are listed after the text). -->
  <xsl:function name="lx:holds-blocks" as="xs:boolean">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="exists($p//(tei:list | tei:table | tei:lg | tei:figure | tei:floatingText | (tei:quote | tei:q | tei:said | tei:cit)[lx:quote-is-block(.)])[not(ancestor::tei:note intersect $p//tei:note)])"/>
  </xsl:function>

  <!-- lang for an element whose language differs from its parent's (screen readers switch voice),
       and the classes and CSS of its @rend, @rendition and @style -->
  <xsl:template name="lx:lang-attribute">
    <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
  </xsl:template>
  <xsl:template name="lx:rend-attributes">
    <xsl:param name="class" as="xs:string?" select="()"/>
    <xsl:variable name="tokens" select="lx:rend-tokens(.)[. = ('center', 'right', 'left', 'indent', 'noindent', 'italic', 'bold', 'smallcaps', 'letterspaced', 'underline', 'larger', 'smaller', 'uppercase')]"/>
    <xsl:variable name="all" select="normalize-space(string-join(($class, for $t in $tokens return 'rend-' || $t), ' '))"/>
    <xsl:if test="$all"><xsl:attribute name="class" select="$all"/></xsl:if>
    <xsl:variable name="css" select="lx:source-css(.)"/>
    <xsl:if test="$css"><xsl:attribute name="style" select="$css"/></xsl:if>
    <xsl:call-template name="lx:lang-attribute"/>
  </xsl:template>

  <!-- a nested front (of a floating text, say); the document's own title page is rendered above
       the metadata panel by tei-to-html.xsl -->
  <xsl:template match="tei:front">
    <div class="text-front"><xsl:apply-templates select="node() except tei:titlePage[tei:docTitle][parent::tei:front/parent::tei:text/parent::tei:TEI]"/></div>
  </xsl:template>
  <!-- the title leads (it is the page's h1), whatever order the title page was transcribed in -->
  <xsl:template match="tei:titlePage"><xsl:apply-templates select="tei:docTitle, node() except tei:docTitle"/></xsl:template>
  <xsl:template match="tei:docTitle">
    <h1 class="doc-title"><xsl:for-each select="tei:titlePart"><span class="title-part {@type}"><xsl:apply-templates/></span><xsl:if test="position() != last()"><br/><xsl:text>&#10;</xsl:text></xsl:if></xsl:for-each></h1>
  </xsl:template>
  <!-- a title inside the text (of a floating text) is a heading, not the page's h1 -->
  <xsl:template match="tei:floatingText//tei:docTitle" priority="2"><p class="block-head doc-title"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:titlePart"><span class="title-part {@type}"><xsl:apply-templates/></span><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="tei:docAuthor | tei:byline"><p class="doc-author"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:byline//tei:docAuthor | tei:byline//tei:docDate" priority="2"><span class="{local-name()}"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:docDate"><p class="doc-date"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:docImprint | tei:imprimatur | tei:docEdition"><p class="{local-name()}"><xsl:apply-templates/></p></xsl:template>

  <xsl:template match="tei:body | tei:back | tei:group"><xsl:apply-templates/></xsl:template>
  <xsl:template match="tei:div | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7">
    <section class="{normalize-space('div ' || @type)}">
      <xsl:if test="@type = 'letter'"><xsl:attribute name="aria-label" select="'Letter' || (if (count(../tei:div[@type = 'letter']) gt 1) then ' ' || (count(preceding-sibling::tei:div[@type = 'letter']) + 1) else '')"/><xsl:sequence select="lx:id-attribute(.)"/></xsl:if>
      <xsl:call-template name="lx:lang-attribute"/>
      <xsl:apply-templates/>
    </section>
  </xsl:template>
  <!-- the notes gathered at the end are listed after the text (html/notes.xsl); anything else
       there is text -->
  <xsl:template match="tei:div[@type = 'notes']"><xsl:apply-templates select="node() except tei:note"/></xsl:template>
  <xsl:template match="tei:head">
    <xsl:variable name="level" select="min((count(ancestor::*[matches(local-name(), '^div[1-7]?$')]) + 1, 6))"/>
    <xsl:element name="h{$level}"><xsl:attribute name="id" select="lx:block-id(.)"/><xsl:call-template name="lx:rend-attributes"/><xsl:apply-templates/></xsl:element>
  </xsl:template>
  <xsl:template match="tei:p">
    <xsl:choose>
      <xsl:when test="lx:holds-blocks(.) and not(ancestor::tei:note)">
        <div class="p" role="paragraph" id="{lx:block-id(.)}"><xsl:call-template name="lx:rend-attributes"><xsl:with-param name="class" select="'p'"/></xsl:call-template><xsl:apply-templates/></div>
      </xsl:when>
      <xsl:otherwise><p id="{lx:block-id(.)}"><xsl:call-template name="lx:rend-attributes"/><xsl:apply-templates/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:note//tei:p" priority="3"><span class="note-p"><xsl:apply-templates/></span><xsl:text> </xsl:text></xsl:template>

  <!-- the id of a numbered block; blocks inside notes are not numbered and get none -->
  <xsl:template name="lx:block-id-attribute">
    <xsl:if test="not(ancestor::tei:note)"><xsl:attribute name="id" select="lx:block-id(.)"/></xsl:if>
  </xsl:template>

  <!-- lists: numbered, bulleted, or a glossary (labels and items: a description list) -->
  <xsl:function name="lx:list-kind" as="xs:string">
    <xsl:param name="list" as="element(tei:list)"/>
    <xsl:variable name="kind" select="lower-case(string-join(($list/@type, $list/@rend), ' '))"/>
    <xsl:sequence select="if (matches($kind, 'gloss|dict')) then 'dl' else if (matches($kind, 'order|number|decimal|enum|alpha|roman|arabic')) then 'ol' else 'ul'"/>
  </xsl:function>
  <xsl:template match="tei:list">
    <xsl:apply-templates select="tei:head"/>
    <xsl:variable name="kind" select="lx:list-kind(.)"/>
    <xsl:element name="{$kind}">
      <xsl:attribute name="class" select="normalize-space(string-join(('list', lx:rend-tokens(.)[. = ('inline', 'runon', 'simple', 'none', 'plain')], if (@type = 'simple') then 'simple' else ()), ' '))"/>
      <xsl:call-template name="lx:lang-attribute"/>
      <xsl:choose>
        <xsl:when test="$kind = 'dl'"><xsl:apply-templates select="tei:label | tei:item" mode="lx:gloss"/></xsl:when>
        <xsl:otherwise><xsl:apply-templates select="node() except (tei:head, tei:label[following-sibling::*[1][self::tei:item]])"/></xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>
  <xsl:template match="tei:item">
    <li><xsl:call-template name="lx:block-id-attribute"/><xsl:call-template name="lx:lang-attribute"/><xsl:if test="preceding-sibling::*[1][self::tei:label]"><span class="label"><xsl:apply-templates select="preceding-sibling::*[1]/node()"/></span><xsl:text> </xsl:text></xsl:if><xsl:apply-templates/></li>
  </xsl:template>
  <xsl:template match="tei:label" mode="lx:gloss"><dt><xsl:apply-templates/></dt></xsl:template>
  <xsl:template match="tei:item" mode="lx:gloss"><dd><xsl:call-template name="lx:block-id-attribute"/><xsl:apply-templates/></dd></xsl:template>
  <!-- a label not paired with an item (in a list, or in running text) -->
  <xsl:template match="tei:label"><span class="label"><xsl:apply-templates/></span><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="tei:list/tei:head | tei:lg/tei:head | tei:figure/tei:head | tei:table/tei:head">
    <p class="block-head"><xsl:call-template name="lx:block-id-attribute"/><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:ab"><p class="ab"><xsl:call-template name="lx:block-id-attribute"/><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></p></xsl:template>

  <!-- tables: label rows and cells are header cells (columns or rows), spans kept -->
  <xsl:template match="tei:table">
    <table class="text-table">
      <xsl:call-template name="lx:lang-attribute"/>
      <xsl:for-each select="tei:head[1]"><caption><xsl:call-template name="lx:block-id-attribute"/><xsl:apply-templates/></caption></xsl:for-each>
      <tbody><xsl:apply-templates select="tei:row"/></tbody>
    </table>
    <xsl:apply-templates select="tei:head[position() gt 1] | tei:note"/>
  </xsl:template>
  <xsl:template match="tei:row"><tr><xsl:apply-templates select="tei:cell"/></tr></xsl:template>
  <xsl:template match="tei:cell">
    <xsl:variable name="header" select="@role = 'label' or ../@role = 'label'"/>
    <xsl:element name="{if ($header) then 'th' else 'td'}">
      <xsl:if test="$header"><xsl:attribute name="scope" select="if (../@role = 'label') then 'col' else 'row'"/></xsl:if>
      <xsl:if test="@cols castable as xs:integer"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
      <xsl:if test="@rows castable as xs:integer"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
      <xsl:call-template name="lx:lang-attribute"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:epigraph | tei:argument | tei:trailer | tei:byline[ancestor::tei:body]"><div class="{local-name()}"><xsl:apply-templates/></div></xsl:template>
  <xsl:template match="tei:epigraph/tei:p | tei:argument/tei:p" priority="2"><p><xsl:apply-templates/></p></xsl:template>

  <!-- an address: one line per addrLine (or per part: street, postCode, settlement…); a block
       in a letter's opening or closing or on its own, a phrase inside a paragraph -->
  <xsl:template match="tei:address">
    <xsl:element name="{if (lx:at-block-level(.)) then 'div' else 'span'}">
      <xsl:attribute name="class" select="'address'"/>
      <xsl:call-template name="lx:lang-attribute"/>
      <xsl:for-each select="node()[self::* or normalize-space()]">
        <span class="addr-line"><xsl:apply-templates select="."/></span>
      </xsl:for-each>
    </xsl:element>
  </xsl:template>
  <xsl:template match="tei:addrLine"><xsl:apply-templates/></xsl:template>

  <!-- a text inside the text (a letter copied into a diary, a story told in a chapter) -->
  <xsl:template match="tei:floatingText">
    <div class="{normalize-space('floating-text ' || @type)}"><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></div>
  </xsl:template>

  <!-- letters: opening and closing, in front and back as in body -->
  <xsl:template match="tei:opener"><div class="opener"><xsl:sequence select="lx:id-attribute(.)"/><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></div></xsl:template>
  <xsl:template match="tei:closer"><div class="closer"><xsl:sequence select="lx:id-attribute(.)"/><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></div></xsl:template>
  <xsl:template match="tei:dateline"><p class="dateline" id="{lx:block-id(.)}"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:salute"><p class="salute" id="{lx:block-id(.)}"><xsl:apply-templates/></p></xsl:template>
  <xsl:template match="tei:signed"><p class="signed" id="{lx:block-id(.)}"><xsl:apply-templates/></p></xsl:template>
  <!-- inside a paragraph (a closing run into the last paragraph) they are phrases -->
  <xsl:template match="(tei:dateline | tei:salute | tei:signed)[ancestor::*[self::tei:p or self::tei:head or self::tei:opener or self::tei:closer or self::tei:body][1][self::tei:p or self::tei:head]]" priority="2"><span class="{local-name()}"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:postscript"><div class="postscript"><xsl:sequence select="lx:id-attribute(.)"/><xsl:call-template name="lx:lang-attribute"/><xsl:apply-templates/></div></xsl:template>
</xsl:stylesheet>

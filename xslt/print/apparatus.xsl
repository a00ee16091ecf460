<?xml version="1.0" encoding="UTF-8"?>
<!-- A parallel-segmentation apparatus in print: the base text (the lem readings) runs on, and each
     app becomes an entry of a critical apparatus at the foot of the page, keyed by line:

       12 brown ] A  red B; reddish C      a substitution
       12 over ] A  om. B                  B omits the lemma
       12 met ] A  add. again B            B adds "again" after "met"
       12 developing. ] A  ¶ B             B begins a paragraph after "developing."
       12 developing. ] A  no ¶ B          A begins one there, B does not
       12 six seven ] A  transp. after two (l. 14) B
       14 two ] A  add. six seven (transp. from l. 12) B

     The entry is a Paged.js footnote (float: footnote, an invisible call: print.css), so it is set
     on the page of its call; the call stands right before the lemma, or, when the base has no
     words there, right after the word before (data-key="before"). The line number is "00" here and
     is written in after the layout by src/render/print/apparatus-lines.ts, which also sets the
     entries of one line under one number ("12 brown ] A  red B; over ] A  om. B"). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- lemmas longer than this many words are cited by their first and last words -->
  <xsl:variable name="lx:lemma-words" as="xs:integer" select="6"/>

  <!-- a reading as the apparatus cites it: its words, ¶ for a paragraph break -->
  <xsl:function name="lx:reading-text" as="xs:string">
    <xsl:param name="r" as="element()?"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$r/node()" mode="lx:reading-text"/>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts, ''))"/>
  </xsl:function>
  <xsl:template match="text()" mode="lx:reading-text"><xsl:sequence select="string(.)"/></xsl:template>
  <xsl:template match="tei:milestone[@unit = 'paragraph']" mode="lx:reading-text"><xsl:sequence select="' ¶ '"/></xsl:template>
  <xsl:template match="tei:note | tei:fw" mode="lx:reading-text"/>
  <xsl:template match="*" mode="lx:reading-text"><xsl:apply-templates mode="lx:reading-text"/></xsl:template>

  <!-- has the reading words (not only paragraph breaks, not nothing)? -->
  <xsl:function name="lx:has-words" as="xs:boolean">
    <xsl:param name="r" as="element()?"/>
    <xsl:sequence select="normalize-space(string-join($r//text()[not(ancestor::tei:note)], '')) != ''"/>
  </xsl:function>
  <xsl:function name="lx:has-break" as="xs:boolean">
    <xsl:param name="r" as="element()?"/>
    <xsl:sequence select="exists($r//tei:milestone[@unit = 'paragraph'])"/>
  </xsl:function>

  <!-- the first and last words of a long passage -->
  <xsl:function name="lx:cite" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="w" select="tokenize(normalize-space($s), ' ')"/>
    <xsl:sequence select="if (count($w) le $lx:lemma-words) then normalize-space($s) else string-join(($w[1], $w[2], '…', $w[last() - 1], $w[last()]), ' ')"/>
  </xsl:function>

  <!-- the base text's nearest text before / after an app, in the same paragraph (readings of
       other witnesses, notes and the header are not the base text) -->
  <xsl:function name="lx:text-before" as="text()?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="t" select="$app/preceding::text()[normalize-space()][not(ancestor::tei:rdg | ancestor::tei:note | ancestor::tei:teiHeader)][1]"/>
    <xsl:sequence select="$t[ancestor::tei:p[1] is $app/ancestor::tei:p[1]]"/>
  </xsl:function>
  <xsl:function name="lx:text-after" as="text()?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="$app/following::text()[normalize-space()][not(ancestor::tei:rdg | ancestor::tei:note)][1]"/>
  </xsl:function>

  <!-- what an entry is keyed to: its lemma; else the word before; else (at the start of a
       paragraph) the word after -->
  <xsl:function name="lx:app-key" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="if (lx:has-words($app/tei:lem)) then 'lemma' else if (lx:text-before($app)) then 'before' else 'after'"/>
  </xsl:function>
  <xsl:function name="lx:word-before" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="string(tokenize(normalize-space(lx:text-before($app)), ' ')[last()])"/>
  </xsl:function>
  <xsl:function name="lx:word-after" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="string(tokenize(normalize-space(lx:text-after($app)), ' ')[1])"/>
  </xsl:function>

  <xsl:function name="lx:wits" as="xs:string*">
    <xsl:param name="r" as="element()?"/>
    <xsl:sequence select="for $w in tokenize(normalize-space($r/@wit), ' ') return replace($w, '^#', '')"/>
  </xsl:function>

  <!-- the other half of a transposition -->
  <xsl:function name="lx:partner" as="element(tei:app)?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="if ($app/@type = 'transposition' and $app/@corresp) then root($app)//tei:app[@xml:id = substring-after(normalize-space($app/@corresp), '#')][1] else ()"/>
  </xsl:function>
  <!-- is this reading's difference a transposition for every witness it holds? (in the partner
       app, each of them reads what this app's lemma reads, and the lemma's words or the
       reading's own are the moved passage) -->
  <xsl:function name="lx:transposed" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:param name="r" as="element(tei:rdg)"/>
    <xsl:variable name="partner" select="lx:partner($app)"/>
    <xsl:variable name="lem" select="lx:reading-text($app/tei:lem)"/>
    <xsl:variable name="own" select="lx:reading-text($r)"/>
    <xsl:sequence select="exists($partner) and (every $w in lx:wits($r) satisfies
      (let $there := lx:reading-text(($partner/(tei:lem | tei:rdg))[lx:wits(.) = $w][1])
       return if (lx:has-words($app/tei:lem)) then $own = '' and $there = $lem
              else $there = '' and $own = lx:reading-text($partner/tei:lem)))"/>
  </xsl:function>

  <!-- where the other half of a transposition stands: its line, and its page when that is
       another; written after the layout (apparatus-lines.ts) over a placeholder as wide as any -->
  <xsl:function name="lx:app-at" as="element()">
    <xsl:param name="partner" as="element(tei:app)"/>
    <span class="app-at" data-at="{$partner/@xml:id}">p. 0000, l. 00</span>
  </xsl:function>

  <!-- the entry: line, lemma ] sigla, then each reading with its sigla -->
  <xsl:template name="lx:app-entry">
    <xsl:variable name="key" select="lx:app-key(.)"/>
    <xsl:variable name="lem" select="lx:reading-text(tei:lem)"/>
    <xsl:variable name="cited" select="if ($key = 'lemma') then lx:cite($lem) else if ($key = 'before') then lx:word-before(.) else lx:word-after(.)"/>
    <span class="app-note" data-key="{$key}">
      <xsl:if test="@xml:id"><xsl:attribute name="data-app" select="@xml:id"/></xsl:if>
      <!-- no line break between the number, the lemma and its bracket, nor before a siglum -->
      <span class="app-line">00&#xA0;</span>
      <span class="app-lemma"><xsl:value-of select="$cited"/></span>
      <xsl:text>&#xA0;] </xsl:text>
      <span class="app-sigla"><xsl:value-of select="lx:wits(tei:lem)" separator=" "/></span>
      <xsl:variable name="app" select="."/>
      <xsl:for-each select="tei:rdg | tei:rdgGrp//tei:rdg">
        <xsl:variable name="text" select="lx:reading-text(.)"/>
        <xsl:choose>
          <xsl:when test="position() = 1"><xsl:text>&#x2002;</xsl:text></xsl:when>
          <xsl:otherwise><xsl:text>; </xsl:text></xsl:otherwise>
        </xsl:choose>
        <span class="app-reading">
          <xsl:choose>
            <!-- the passage stands elsewhere in these witnesses -->
            <xsl:when test="$key = 'lemma' and $text = '' and lx:transposed($app, .)">
              <xsl:variable name="partner" select="lx:partner($app)"/>
              <i>transp.</i>
              <xsl:text> </xsl:text>
              <xsl:value-of select="if (lx:app-key($partner) = 'after') then 'before ' || lx:word-after($partner) else 'after ' || lx:word-before($partner)"/>
              <xsl:text> (</xsl:text><xsl:sequence select="lx:app-at($partner)"/><xsl:text>)</xsl:text>
            </xsl:when>
            <xsl:when test="$key != 'lemma' and $text != '' and lx:transposed($app, .)">
              <i>add.</i><xsl:text> </xsl:text><xsl:value-of select="lx:cite($text)"/><xsl:text> (</xsl:text><i>transp.</i><xsl:text> from </xsl:text><xsl:sequence select="lx:app-at(lx:partner($app))"/><xsl:text>)</xsl:text>
            </xsl:when>
            <xsl:when test="$key = 'lemma' and $text = ''"><i>om.</i></xsl:when>
            <xsl:when test="$key = 'lemma'"><xsl:value-of select="$text"/></xsl:when>
            <!-- the base has no words here: what the witness has, after (or before) the cited word -->
            <xsl:when test="not(lx:has-words(.)) and lx:has-break(.) and not(lx:has-break($app/tei:lem))">¶</xsl:when>
            <xsl:when test="not(lx:has-words(.)) and lx:has-break($app/tei:lem) and not(lx:has-break(.))">no ¶</xsl:when>
            <xsl:when test="$key = 'after'"><xsl:value-of select="$text || ' ' || $cited"/></xsl:when>
            <xsl:otherwise><i>add.</i><xsl:text> </xsl:text><xsl:value-of select="$text"/></xsl:otherwise>
          </xsl:choose>
          <xsl:text>&#xA0;</xsl:text>
          <span class="app-sigla"><xsl:value-of select="lx:wits(.)" separator=" "/></span>
        </span>
      </xsl:for-each>
      <xsl:text> </xsl:text>
    </span>
  </xsl:template>

  <!-- in the text: the entry's call, then the base reading -->
  <xsl:template match="tei:app">
    <xsl:if test="not(lx:app-key(.) = 'before' and preceding-sibling::node()[1][self::text()])">
      <xsl:call-template name="lx:app-entry"/>
    </xsl:if>
    <xsl:apply-templates select="tei:lem/node()"/>
    <!-- an editor's note on the variant (hand-encoded apparatus) is a footnote of the text -->
    <xsl:apply-templates select="tei:note"/>
  </xsl:template>
  <!-- an entry keyed to the word before is called right after that word, not after the space
       (where the line may break) -->
  <xsl:template match="text()[following-sibling::node()[1][self::tei:app]]">
    <xsl:variable name="app" select="following-sibling::node()[1]" as="element(tei:app)"/>
    <xsl:choose>
      <xsl:when test="lx:app-key($app) = 'before'">
        <xsl:variable name="word-end" select="string-length(replace(., '\s+$', ''))"/>
        <xsl:value-of select="substring(., 1, $word-end)"/>
        <xsl:for-each select="$app"><xsl:call-template name="lx:app-entry"/></xsl:for-each>
        <xsl:value-of select="substring(., $word-end + 1)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a paragraph break of the base inside a reading: the line ends and the next is indented -->
  <xsl:template match="tei:lem//tei:milestone[@unit = 'paragraph']"><br class="app-break"/><span class="app-indent"></span></xsl:template>

  <!-- front matter of an apparatus volume: the witnesses and the notation -->
  <xsl:template name="lx:apparatus-front">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="base" select="lx:base-sigla($tei)"/>
    <section class="front-matter">
      <h2 class="front-title">Sigla</h2>
      <dl class="sigla">
        <xsl:for-each select="$tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:listWit/tei:witness">
          <dt><xsl:value-of select="@xml:id"/></dt>
          <dd><xsl:value-of select="normalize-space(.)"/><xsl:if test="@xml:id = $base"> (base text)</xsl:if></dd>
        </xsl:for-each>
      </dl>
      <h2 class="front-title">The apparatus</h2>
      <p>The text is that of <xsl:value-of select="if (exists($base)) then lx:and-list($base) else 'the base witness'"/>. The variants of the other witnesses are given at the foot of each page, keyed to the line numbers in the margin, which are counted afresh on each page. Each entry gives the line, the reading of the text, a closing bracket and the witnesses that read it, then each other reading followed by its witnesses. A passage of more than <xsl:value-of select="$lx:lemma-words"/> words is cited by its first and last words.</p>
      <dl class="notation">
        <dt><i>om.</i></dt><dd>the witness omits the words</dd>
        <dt><i>add.</i></dt><dd>it adds the words given, after the word cited</dd>
        <dt>¶</dt><dd>it begins a paragraph after the word cited</dd>
        <dt>no ¶</dt><dd>it has no paragraph break where the text has one</dd>
        <dt><i>transp.</i></dt><dd>it has the words in another place, named after the abbreviation</dd>
      </dl>
      <!-- an editor's own account of the collation (Lectio's describes its TEI encoding: not for print) -->
      <xsl:if test="not($tei/tei:teiHeader/tei:encodingDesc/tei:appInfo/tei:application[@ident = 'lectio'])">
        <xsl:for-each select="$tei/tei:teiHeader/tei:encodingDesc/tei:editorialDecl/tei:p">
          <p class="editorial-decl"><xsl:apply-templates/></p>
        </xsl:for-each>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- a collation: witnesses listed, and a parallel-segmentation apparatus -->
  <xsl:function name="lx:is-collation" as="xs:boolean">
    <xsl:param name="d" as="element(tei:TEI)"/>
    <xsl:sequence select="exists($d/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:listWit/tei:witness) and (exists($d/tei:teiHeader/tei:encodingDesc/tei:variantEncoding) or exists($d/tei:text//tei:app))"/>
  </xsl:function>
  <xsl:function name="lx:critical-title" as="xs:string">
    <xsl:param name="d" as="element(tei:TEI)"/>
    <xsl:sequence select="lx:display-title($d) || ': the critical text'"/>
  </xsl:function>

  <!-- In the edition volume, a collated work is a section of its own: its heading (and a
       contents entry) names the work, its running head says it is the critical text, the sigla
       and notation come first on a page of their own, then the text with its line numbers
       (src/render/print/line-numbers.ts numbers the pages of .critical-text) and the apparatus. -->
  <xsl:template name="lx:critical-section">
    <xsl:variable name="base" select="lx:base-sigla(.)"/>
    <section class="document critical-text" id="{lx:doc-id(.)}" lang="{(@xml:lang, $edition-language)[1]}">
      <p class="running-doc"><xsl:value-of select="lx:short-title('', 'Critical text: ' || lx:short-title(lx:display-title(.), ()))"/></p>
      <h1 class="document-title"><xsl:value-of select="lx:critical-title(.)"/></h1>
      <p class="document-source">The text of <xsl:value-of select="lx:and-list($base)"/> with the variants of <xsl:value-of select="lx:and-list(tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:listWit/tei:witness/@xml:id[not(. = $base)])"/></p>
      <xsl:call-template name="lx:apparatus-front"><xsl:with-param name="tei" select="."/></xsl:call-template>
      <xsl:apply-templates select="tei:text/tei:body"/>
    </section>
  </xsl:template>

  <xsl:function name="lx:and-list" as="xs:string">
    <xsl:param name="items" as="xs:string*"/>
    <xsl:sequence select="if (count($items) le 1) then string($items[1]) else string-join($items[position() lt last()], ', ') || ' and ' || $items[last()]"/>
  </xsl:function>

  <!-- the base text's witnesses: those on every lemma (the first witness when there is no app) -->
  <xsl:function name="lx:base-sigla" as="xs:string*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="lems" select="$tei/tei:text//tei:app/tei:lem"/>
    <xsl:variable name="all" select="$tei/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:listWit/tei:witness/@xml:id/string()"/>
    <xsl:sequence select="if ($lems) then $all[every $l in $lems satisfies . = lx:wits($l)] else $all[1]"/>
  </xsl:function>
</xsl:stylesheet>

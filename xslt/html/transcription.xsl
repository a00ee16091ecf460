<?xml version="1.0" encoding="UTF-8"?>
<!-- A transcription's editorial markup, in the conventions of diplomatic and reading editions:
     - choice: the edited reading (corr, reg, expan; else the first) is the text; the source's
       (sic, orig, abbr; else the others) is one hover away (title) and shown instead of it by the
       page's reading switch (a checkbox: CSS only, works without JavaScript);
     - del struck through, add between insertion marks by @place (↑above↓, ↓below↑, ‹margin›, as
       documentary editions mark interlineations; drawn by CSS),
       subst as both; unclear dotted (with [?] when the reading is uncertain), damage dotted,
       gap as "[illegible, 3 words]", supplied in [brackets], surplus in {braces};
     - lb a line break (break="no": inside a word, a hyphen drawn, no space), source line numbers
       (lb/@n) every fifth line; pb and cb as marks with their number in the margin, the page
       image beside the text when the edition has it (html/figures.xsl).
     Editorial words and marks the source does not have carry the class "ed"; the other reading
     of a choice the class "alt". -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <!-- the reading a choice shows -->
  <xsl:function name="lx:choice-shown" as="element()?">
    <xsl:param name="choice" as="element(tei:choice)"/>
    <xsl:sequence select="($choice/tei:corr, $choice/tei:reg, $choice/tei:expan, $choice/*)[1]"/>
  </xsl:function>
  <!-- what the title of a choice says of the other readings -->
  <xsl:function name="lx:alternate-label" as="xs:string">
    <xsl:param name="others" as="element()*"/>
    <xsl:sequence select="string-join(for $o in $others return
      (if ($o/self::tei:sic) then 'in the source: ' else if ($o/self::tei:orig) then 'original spelling: ' else if ($o/self::tei:abbr) then 'abbreviated in the source: ' else if ($o/self::tei:corr) then 'corrected: ' else if ($o/self::tei:reg) then 'regularised: ' else if ($o/self::tei:expan) then 'expanded: ' else 'or: ')
      || normalize-space(string-join($o//text()[not(ancestor::tei:note)], '')), '; ')"/>
  </xsl:function>

  <xsl:template match="tei:choice">
    <xsl:variable name="shown" select="lx:choice-shown(.)"/>
    <xsl:variable name="others" select="* except $shown"/>
    <span class="choice {local-name($shown)}" title="{lx:alternate-label($others)}">
      <span class="reading"><xsl:apply-templates select="$shown/node()"/></span>
      <xsl:for-each select="$others[1]"><span class="alt"><xsl:apply-templates/></span></xsl:for-each>
    </span>
  </xsl:template>
  <!-- outside a choice -->
  <xsl:template match="tei:sic"><span class="sic" title="thus in the source"><xsl:apply-templates/><span class="ed"> [sic]</span></span></xsl:template>
  <xsl:template match="tei:corr"><span class="corr" title="corrected by the editor">[<xsl:apply-templates/>]</span></xsl:template>
  <xsl:template match="tei:orig | tei:reg | tei:expan"><span class="{local-name()}"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:abbr"><abbr><xsl:apply-templates/></abbr></xsl:template>
  <!-- the letters an expansion adds, in italics; an abbreviation's marks as they stand -->
  <xsl:template match="tei:ex"><span class="ex"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:am"><span class="am"><xsl:apply-templates/></span></xsl:template>

  <!-- where an addition stands: above or below the line, in the margin, or in the line -->
  <xsl:function name="lx:place" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="p" select="lower-case(normalize-space($e/@place))"/>
    <xsl:sequence select="if (matches($p, 'above|supra|over|top|interlinear')) then 'above' else if (matches($p, 'below|infra|under|bottom')) then 'below'
      else if (matches($p, 'margin|left|right|opposite|overleaf|end')) then 'margin' else 'inline'"/>
  </xsl:function>
  <xsl:function name="lx:hand" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="id" select="substring-after(normalize-space(($e/@hand, $e/@new)[1]), '#')"/>
    <xsl:variable name="note" select="root($e)//tei:handNote[@xml:id = $id][1]"/>
    <xsl:sequence select="if ($note) then normalize-space($note) else if ($id) then $id else ''"/>
  </xsl:function>
  <xsl:template match="tei:add">
    <xsl:variable name="place" select="lx:place(.)"/>
    <ins class="add {$place}" title="{string-join(('added' || (if ($place = 'inline') then '' else if ($place = 'margin') then ' in the margin' else ' ' || $place || ' the line'), lx:hand(.)[.]), ', ')}"><xsl:apply-templates/></ins>
  </xsl:template>
  <xsl:template match="tei:del">
    <xsl:variable name="how" select="lower-case(normalize-space(@rend))"/>
    <del class="{normalize-space('del ' || (if (matches($how, 'eras')) then 'erased' else if (matches($how, 'over')) then '' else ''))}" title="{string-join(('deleted' || (if (matches($how, 'eras')) then ' (erased)' else ''), lx:hand(.)[.]), ', ')}"><xsl:apply-templates/></del>
  </xsl:template>
  <xsl:template match="tei:subst"><span class="subst"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:mod | tei:restore | tei:retrace | tei:redo | tei:undo | tei:substJoin"><span class="{local-name()}"><xsl:apply-templates/></span></xsl:template>
  <xsl:template match="tei:handShift">
    <span class="hand-shift ed" title="{('another hand' || (if (lx:hand(.)) then ': ' || lx:hand(.) else ''))}">[new hand] </span>
  </xsl:template>

  <!-- uncertain and damaged text -->
  <xsl:function name="lx:uncertain" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="c" select="lower-case(normalize-space($e/@cert))"/>
    <xsl:sequence select="$c = ('low', 'unknown') or ($c castable as xs:decimal and xs:decimal($c) lt 0.5)"/>
  </xsl:function>
  <xsl:template match="tei:unclear">
    <span class="unclear" title="{string-join(('unclear in the source', @reason ! translate(., '_-', '  '), if (@cert) then 'certainty: ' || @cert else ()), ', ')}"><xsl:apply-templates/></span>
    <xsl:if test="lx:uncertain(.)"><span class="ed"> [?]</span></xsl:if>
  </xsl:template>
  <xsl:template match="tei:damage">
    <span class="damage" title="{string-join(('damaged in the source', @agent, @type) ! translate(., '_-', '  '), ', ')}"><xsl:apply-templates/></span>
  </xsl:template>
  <xsl:template match="tei:supplied">
    <span class="supplied" title="{string-join(('supplied by the editor', @reason ! translate(., '_-', '  ')), ': ')}">[<xsl:apply-templates/>]</span>
  </xsl:template>
  <xsl:template match="tei:surplus | tei:secl">
    <span class="{local-name()}" title="{if (self::tei:surplus) then 'superfluous in the source' else 'secluded by the editor'}">{<xsl:apply-templates/>}</span>
  </xsl:template>

  <!-- A gap as the editor's note in brackets: what is missing and how much. -->
  <xsl:variable name="lx:gap-reasons" select="map { 'illegible': 'illegible', 'damage': 'damaged', 'damaged': 'damaged', 'lost': 'lost', 'missing': 'lost', 'faded': 'faded', 'cancelled': 'deleted', 'deleted': 'deleted', 'irrelevant': 'omitted', 'editorial': 'omitted', 'sampling': 'omitted', 'omitted': 'omitted', 'foreign': 'in another script', 'inaudible': 'inaudible' }"/>
  <xsl:variable name="lx:units" select="map { 'chars': 'character', 'char': 'character', 'character': 'character', 'characters': 'character', 'letter': 'letter', 'letters': 'letter', 'word': 'word', 'words': 'word', 'line': 'line', 'lines': 'line', 'page': 'page', 'pages': 'page', 'leaf': 'leaf', 'leaves': 'leaf', 'folio': 'leaf', 'folios': 'leaf', 'column': 'column', 'columns': 'column' }"/>
  <xsl:function name="lx:gap-label" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:variable name="reason" select="for $r in tokenize(lower-case(normalize-space($gap/@reason)), ' ') return ($lx:gap-reasons($r), translate($r, '_-', '  '))[1]"/>
    <xsl:variable name="unit" select="lower-case(normalize-space($gap/@unit))"/>
    <xsl:variable name="noun" select="($lx:units($unit), $unit)[1]"/>
    <xsl:variable name="amount" select="if ($gap/@atLeast and $gap/@atMost) then $gap/@atLeast || '–' || $gap/@atMost else ($gap/@quantity, $gap/@atLeast, $gap/@atMost)[1]"/>
    <xsl:variable name="plural" select="not(string($amount) = ('1', '1.0'))"/>
    <xsl:variable name="size" select="if ($amount and $unit) then string-join(((if ($gap/@precision = ('low', 'medium')) then 'about' else ()), string($amount), $noun || (if ($plural and $noun = $lx:units?*) then (if ($noun = 'leaf') then '' else 's') else '')), ' ') else normalize-space($gap/@extent)"/>
    <xsl:variable name="size" select="if ($noun = 'leaf' and $plural) then replace($size, 'leaf$', 'leaves') else $size"/>
    <xsl:variable name="parts" select="(string-join(distinct-values($reason), ' and ')[.], normalize-space($gap/@agent)[.] ! ('(' || . || ')'), $size[.])"/>
    <xsl:sequence select="if (empty($parts) or (count($parts) = 1 and $reason = 'omitted')) then '[…]' else '[' || replace(string-join($parts, ', '), ', \(', ' (') || ']'"/>
  </xsl:function>
  <xsl:template match="tei:gap">
    <span class="gap ed" title="{if (@reason = 'illegible') then 'illegible in the source' else if (normalize-space(@reason)) then translate(@reason, '_-', '  ') else 'omitted'}"><xsl:value-of select="lx:gap-label(.)"/></span>
  </xsl:template>
  <xsl:template match="tei:space"><span class="space" title="a space in the source"><xsl:text>&#x2003;</xsl:text></span></xsl:template>

  <!-- Line, page and column breaks. A break between words is a word boundary even where the
       encoding has no whitespace around it (a space is written then); break="no" joins. -->
  <xsl:function name="lx:joins" as="xs:boolean">
    <xsl:param name="b" as="element()"/>
    <xsl:sequence select="lower-case(normalize-space($b/@break)) = ('no', 'false', 'n')"/>
  </xsl:function>
  <xsl:function name="lx:needs-space" as="xs:boolean">
    <xsl:param name="b" as="element()"/>
    <xsl:sequence select="not(lx:joins($b)) and not(matches(string($b/preceding-sibling::node()[1][self::text()]), '\s$')) and not(matches(string($b/following-sibling::node()[1][self::text()]), '^\s'))
      and exists($b/preceding-sibling::node()) and exists($b/following-sibling::node())"/>
  </xsl:function>
  <!-- the block a line break stands in, and whether anything of it comes before the break (a
       first lb in a paragraph starts its first line: no line break is drawn) -->
  <xsl:function name="lx:line-block" as="element()?">
    <xsl:param name="lb" as="element()"/>
    <xsl:sequence select="$lb/ancestor::*[self::tei:p or self::tei:ab or self::tei:head or self::tei:item or self::tei:cell or self::tei:l or self::tei:dateline or self::tei:salute or self::tei:signed or self::tei:note or self::tei:addrLine or self::tei:address or self::tei:label or self::tei:opener or self::tei:closer or self::tei:postscript or self::tei:docTitle or self::tei:byline or self::tei:div or self::tei:body][1]"/>
  </xsl:function>
  <xsl:function name="lx:first-in-block" as="xs:boolean">
    <xsl:param name="lb" as="element()"/>
    <xsl:variable name="block" select="lx:line-block($lb)"/>
    <xsl:sequence select="empty($block) or empty($block//text()[normalize-space()][. &lt;&lt; $lb][not(ancestor::tei:note[. >> $block])][not(ancestor::tei:fw)])"/>
  </xsl:function>
  <xsl:template match="tei:lb">
    <xsl:variable name="first" select="lx:first-in-block(.)"/>
    <!-- a word broken at the line end: the hyphen the encoding left out -->
    <xsl:if test="lx:joins(.) and not($first) and not(matches(string(preceding-sibling::node()[1][self::text()]), '[-‐­¬⸗=]\s*$'))"><span class="lb-hyphen ed" aria-hidden="true">-</span></xsl:if>
    <xsl:if test="not($first)"><br class="lb"/></xsl:if>
    <xsl:if test="@n castable as xs:integer and xs:integer(@n) mod 5 = 0"><span class="lb-n ed" aria-hidden="true"><xsl:value-of select="@n"/></span></xsl:if>
    <xsl:if test="not($first) and lx:needs-space(.)"><xsl:text>&#10;</xsl:text></xsl:if>
  </xsl:template>
  <xsl:template match="tei:pb">
    <span class="pb" role="note" aria-label="page break{if (@n) then ', page ' || @n else ''}"><xsl:if test="lx:joins(.)"><xsl:attribute name="data-break" select="'no'"/></xsl:if>|<xsl:call-template name="lx:page-number"/></span>
    <xsl:call-template name="lx:page-image"/>
    <xsl:if test="lx:needs-space(.)"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
  <xsl:template match="tei:cb">
    <span class="cb" role="note" aria-label="column break{if (@n) then ', column ' || @n else ''}">¦<xsl:if test="@n"><span class="cb-n"><xsl:value-of select="@n"/></span></xsl:if></span>
    <xsl:if test="lx:needs-space(.)"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>
  <!-- the page's number in the margin: a link to its image when there is one -->
  <xsl:template name="lx:page-number">
    <xsl:variable name="href" select="lx:page-image-href(.)"/>
    <xsl:choose>
      <xsl:when test="$href"><a class="pb-n" href="{$href}" title="page image"><xsl:value-of select="(@n, '⎘')[1]"/></a></xsl:when>
      <xsl:when test="@n"><span class="pb-n"><xsl:value-of select="@n"/></span></xsl:when>
    </xsl:choose>
  </xsl:template>
  <!-- other milestones mark a place, not text: nothing to show -->
  <xsl:template match="tei:milestone | tei:anchor"/>
</xsl:stylesheet>

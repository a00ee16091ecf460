<?xml version="1.0" encoding="UTF-8"?>
<!-- Browsing the edition: the correspondence page (letters grouped by correspondent, from and to,
     with counts) and the timeline (documents by year and month, the undated ones apart). As for
     the other edition pages (tei-to-site.xsl), each document gives its rows when it is built
     (lx:browse-rows), and the pages have a slot where each list goes; the site writer
     (src/render/html/edition-pages.ts) fills the slots sorted by date, and passes what the pages
     must know before (the correspondents and months, with their counts). -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <xsl:variable name="lx:month-names" as="xs:string+" select="('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December')"/>

  <!-- The id of a correspondent's section on the correspondence page. -->
  <xsl:function name="lx:correspondent-anchor" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="if (starts-with($key, 'ref:')) then 'c-' || substring-after($key, 'ref:') else 'c-n-' || replace(lower-case(substring-after($key, 'name:')), '[^\p{L}\p{N}]+', '-')"/>
  </xsl:function>

  <!-- The name shown for a correspondent. -->
  <xsl:function name="lx:correspondent-name" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="entries" as="element()*"/>
    <xsl:variable name="entry" select="$entries[@xml:id = substring-after($key, 'ref:')][1]"/>
    <xsl:sequence select="if ($entry) then lx:entry-name($entry) else replace($key, '^(ref|name):', '')"/>
  </xsl:function>

  <!-- What the document is dated by: its letter's sending, else its source's date (as the chronology). -->
  <xsl:function name="lx:sort-date" as="xs:string">
    <xsl:param name="date" as="element()?"/>
    <xsl:sequence select="($date/@when, $date/@from, '~')[1]"/>
  </xsl:function>

  <!-- One document's rows: per letter, one under each sender ("from KEY") and addressee ("to KEY");
       per dated letter or document one under its month ("month YYYY-MM", or "month YYYY" when only
       the year is known); an undated document once, under "undated". -->
  <xsl:template name="lx:browse-rows">
    <xsl:param name="digest" as="element(lx:digest)"/>
    <xsl:variable name="letters" select="$digest/tei:correspDesc"/>
    <xsl:for-each select="$letters">
      <xsl:variable name="letter" select="."/>
      <xsl:variable name="date" select="tei:correspAction[@type = 'sent']/tei:date[@when or @from][1]"/>
      <xsl:variable name="senders" select="tei:correspAction[@type = 'sent']/(tei:persName | tei:orgName)"/>
      <xsl:variable name="addressees" select="tei:correspAction[@type = 'received']/(tei:persName | tei:orgName)"/>
      <xsl:for-each select="distinct-values($senders ! lx:correspondent-key(.))">
        <xsl:sequence select="lx:row('from ' || ., lx:sort-date($date))"/>
        <xsl:call-template name="lx:letter-item"><xsl:with-param name="letter" select="$letter"/><xsl:with-param name="date" select="$date"/><xsl:with-param name="other" select="'to'"/><xsl:with-param name="names" select="$addressees"/></xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="distinct-values($addressees ! lx:correspondent-key(.))">
        <xsl:sequence select="lx:row('to ' || ., lx:sort-date($date))"/>
        <xsl:call-template name="lx:letter-item"><xsl:with-param name="letter" select="$letter"/><xsl:with-param name="date" select="$date"/><xsl:with-param name="other" select="'from'"/><xsl:with-param name="names" select="$senders"/></xsl:call-template>
      </xsl:for-each>
    </xsl:for-each>
    <!-- its letters' dates; when none of its letters is dated, its source's date (as the search dates it) -->
    <xsl:variable name="sent" select="$letters/tei:correspAction[@type = 'sent']/tei:date[@when or @from][1]"/>
    <xsl:variable name="dates" select="if ($sent) then $sent else $digest/tei:bibl/tei:date[@when or @from][1]"/>
    <xsl:for-each select="$dates">
      <xsl:variable name="iso" select="lx:sort-date(.)"/>
      <xsl:sequence select="lx:row('month ' || (if (matches($iso, '^\d{4}-\d\d')) then substring($iso, 1, 7) else substring($iso, 1, 4)), $iso)"/>
      <xsl:call-template name="lx:letter-item">
        <xsl:with-param name="letter" select="ancestor::tei:correspDesc"/>
        <xsl:with-param name="digest" select="$digest"/>
        <xsl:with-param name="date" select="."/>
        <xsl:with-param name="other" select="'from'"/>
        <xsl:with-param name="names" select="ancestor::tei:correspDesc/tei:correspAction[@type = 'sent']/(tei:persName | tei:orgName)"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:if test="empty($dates)">
      <xsl:sequence select="lx:row('undated')"/>
      <li><a href="{$digest/@page}"><xsl:value-of select="$digest/@title"/></a></li>
    </xsl:if>
  </xsl:template>

  <!-- A letter (or a document) in a list: its date, its title linked to it, and who wrote or received it. -->
  <xsl:template name="lx:letter-item">
    <xsl:param name="letter" as="element(tei:correspDesc)?"/>
    <xsl:param name="digest" as="element(lx:digest)" select="$letter/ancestor::lx:digest"/>
    <xsl:param name="date" as="element()?"/>
    <xsl:param name="other" as="xs:string"/>
    <xsl:param name="names" as="element()*"/>
    <xsl:variable name="n" select="count($letter/preceding-sibling::tei:correspDesc) + 1"/>
    <xsl:variable name="target" select="if (matches($letter/@ref, '^#[^\s#]+$')) then $digest/@page || $letter/@ref else string($digest/@page)"/>
    <li>
      <xsl:if test="$date"><time><xsl:if test="$date/@when"><xsl:attribute name="datetime" select="$date/@when"/></xsl:if><xsl:value-of select="lx:date-value($date)"/></time><xsl:text> </xsl:text></xsl:if>
      <a href="{$target}"><xsl:value-of select="$digest/@title"/></a>
      <xsl:if test="count($digest/tei:correspDesc) gt 1"> (letter <xsl:value-of select="$n"/>)</xsl:if>
      <xsl:if test="exists($names)"><xsl:text>, </xsl:text><xsl:value-of select="$other"/><xsl:text> </xsl:text><xsl:value-of select="string-join($names/normalize-space(), ', ')"/></xsl:if>
    </li>
  </xsl:template>

  <!-- The correspondence page. $correspondents: "KEY<tab>from<tab>to" lines (letters from and to each). -->
  <xsl:template name="lx:correspondence-page">
    <xsl:param name="correspondents" as="xs:string*"/>
    <xsl:param name="entries" as="element()*"/>
    <xsl:variable name="people" as="element(lx:c)*">
      <xsl:for-each select="$correspondents[normalize-space()]">
        <xsl:variable name="f" select="tokenize(., '\t')"/>
        <lx:c key="{$f[1]}" from="{$f[2]}" to="{$f[3]}" name="{lx:correspondent-name($f[1], $entries)}"/>
      </xsl:for-each>
    </xsl:variable>
    <h1>Correspondence</h1>
    <xsl:choose>
      <xsl:when test="empty($people)"><p>No letter of this edition names its sender or addressee.</p></xsl:when>
      <xsl:otherwise>
        <p>Letters grouped by correspondent: <xsl:value-of select="count($people)"/> correspondents. Each letter is listed under its sender and under its addressee, by date.</p>
        <nav aria-labelledby="correspondents-h">
          <h2 id="correspondents-h">Correspondents</h2>
          <ul class="correspondents">
            <xsl:for-each select="$people">
              <xsl:sort select="lower-case(@name)"/>
              <xsl:sort select="@key"/>
              <li><a href="#{lx:correspondent-anchor(@key)}"><xsl:value-of select="@name"/></a><xsl:text> </xsl:text><span class="count">(<xsl:call-template name="lx:from-to"><xsl:with-param name="c" select="."/></xsl:call-template>)</span></li>
            </xsl:for-each>
          </ul>
        </nav>
        <xsl:for-each select="$people">
          <xsl:sort select="lower-case(@name)"/>
          <xsl:sort select="@key"/>
          <xsl:variable name="anchor" select="lx:correspondent-anchor(@key)"/>
          <xsl:variable name="entry" select="$entries[@xml:id = substring-after(current()/@key, 'ref:')][1]"/>
          <section class="correspondent" id="{$anchor}" aria-labelledby="{$anchor}-h">
            <h2 id="{$anchor}-h"><xsl:value-of select="@name"/></h2>
            <xsl:if test="$entry"><p class="entry-link"><a href="{if ($entry/self::tei:org) then 'organisations.html' else 'persons.html'}#{$entry/@xml:id}">Index entry</a></p></xsl:if>
            <xsl:if test="xs:integer(@from) gt 0">
              <h3>Letters from <xsl:value-of select="@name"/><xsl:text> </xsl:text><span class="count">(<xsl:value-of select="@from"/>)</span></h3>
              <ol class="letter-list"><xsl:sequence select="lx:slot('from ' || @key)"/></ol>
            </xsl:if>
            <xsl:if test="xs:integer(@to) gt 0">
              <h3>Letters to <xsl:value-of select="@name"/><xsl:text> </xsl:text><span class="count">(<xsl:value-of select="@to"/>)</span></h3>
              <ol class="letter-list"><xsl:sequence select="lx:slot('to ' || @key)"/></ol>
            </xsl:if>
          </section>
        </xsl:for-each>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="lx:from-to">
    <xsl:param name="c" as="element(lx:c)"/>
    <xsl:value-of select="string-join((if (xs:integer($c/@from) gt 0) then $c/@from || ' from' else (), if (xs:integer($c/@to) gt 0) then $c/@to || ' to' else ()), ', ')"/>
  </xsl:template>

  <!-- The timeline. $months: "YYYY-MM<tab>count" or "YYYY<tab>count" lines (a year-only date); $undated: how many documents have no date. -->
  <xsl:template name="lx:timeline-page">
    <xsl:param name="months" as="xs:string*"/>
    <xsl:param name="undated" as="xs:integer"/>
    <xsl:variable name="groups" as="element(lx:m)*">
      <xsl:for-each select="$months[normalize-space()]">
        <xsl:variable name="f" select="tokenize(., '\t')"/>
        <lx:m key="{$f[1]}" year="{substring($f[1], 1, 4)}" count="{$f[2]}"/>
      </xsl:for-each>
    </xsl:variable>
    <h1>Timeline</h1>
    <p>The documents by year and month of writing (a letter by its date of sending, another text by its source's date); those without a date are listed at the end.</p>
    <xsl:if test="exists($groups)">
      <nav aria-labelledby="years-h">
        <h2 id="years-h" class="visually-hidden">Years</h2>
        <ul class="timeline-years">
          <xsl:for-each-group select="$groups" group-by="@year">
            <xsl:sort select="current-grouping-key()"/>
            <li><a href="#y{current-grouping-key()}"><xsl:value-of select="current-grouping-key()"/></a><xsl:text> </xsl:text><span class="count">(<xsl:value-of select="sum(current-group()/@count)"/>)</span></li>
          </xsl:for-each-group>
        </ul>
      </nav>
    </xsl:if>
    <xsl:for-each-group select="$groups" group-by="@year">
      <xsl:sort select="current-grouping-key()"/>
      <section class="timeline" aria-labelledby="y{current-grouping-key()}">
        <h2 id="y{current-grouping-key()}"><xsl:value-of select="current-grouping-key()"/><xsl:text> </xsl:text><span class="count">(<xsl:value-of select="sum(current-group()/@count)"/>)</span></h2>
        <xsl:for-each select="current-group()">
          <!-- a year-only date ("1890") sorts before its months and is shown as the year -->
          <xsl:sort select="@key"/>
          <xsl:variable name="month" select="if (string-length(@key) = 7) then xs:integer(substring(@key, 6, 2)) else 0"/>
          <h3 id="m{@key}"><xsl:value-of select="if ($month gt 0) then $lx:month-names[$month] || ' ' || @year else @year || ', month not known'"/><xsl:text> </xsl:text><span class="count">(<xsl:value-of select="@count"/>)</span></h3>
          <ol><xsl:sequence select="lx:slot('month ' || @key)"/></ol>
        </xsl:for-each>
      </section>
    </xsl:for-each-group>
    <xsl:if test="$undated gt 0">
      <section class="timeline" aria-labelledby="undated">
        <h2 id="undated">Undated <span class="count">(<xsl:value-of select="$undated"/>)</span></h2>
        <ul><xsl:sequence select="lx:slot('undated')"/></ul>
      </section>
    </xsl:if>
    <xsl:if test="empty($groups) and $undated = 0"><p>No documents.</p></xsl:if>
  </xsl:template>
</xsl:stylesheet>

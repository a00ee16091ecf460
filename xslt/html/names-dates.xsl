<?xml version="1.0" encoding="UTF-8"?>
<!-- Names link to their index entry with the normalised name as tooltip; dates show their ISO value. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:lx="urn:lectio"
  exclude-result-prefixes="#all">

  <xsl:key name="entry" match="tei:person | tei:place | tei:org" use="@xml:id"/>

  <!-- the kind of name: persName, placeName, orgName; rs and name by their @type, else by the
       register entry they point to -->
  <xsl:function name="lx:name-class" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:param name="entry" as="element()?"/>
    <xsl:variable name="type" select="lower-case(normalize-space($e/@type))"/>
    <xsl:sequence select="if ($e/self::tei:persName or $entry/self::tei:person or matches($type, '^(person|persname|pers|people)$')) then 'person'
      else if ($e/self::tei:placeName or $entry/self::tei:place or matches($type, '^(place|placename|location|settlement|country)$')) then 'place'
      else if ($e/self::tei:orgName or $entry/self::tei:org or matches($type, '^(org|organi[sz]ation|orgname|institution|group)$')) then 'org' else 'name'"/>
  </xsl:function>

  <xsl:template match="tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref] | tei:rs[@ref] | tei:name[@ref]">
    <xsl:variable name="id" select="lx:ref-id(@ref)"/>
    <xsl:variable name="entry" select="key('entry', $id)[1]"/>
    <xsl:variable name="class" select="lx:name-class(., $entry)"/>
    <xsl:choose>
      <xsl:when test="$entry and not($standalone)">
        <a class="entity {$class}" href="{lx:index-page(if ($entry/self::tei:person) then 'persName' else if ($entry/self::tei:place) then 'placeName' else 'orgName')}#{$id}" title="{lx:entry-name($entry)}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:when test="$entry"><span class="entity {$class}" title="{lx:entry-name($entry)}"><xsl:apply-templates/></span></xsl:when>
      <!-- a ref that is not a register id but a safe URI (an authority record) links there -->
      <xsl:when test="not($standalone) and not(starts-with(normalize-space(@ref), '#')) and matches(normalize-space(@ref), '^https?://') and lx:safe-url(@ref)">
        <a class="entity {$class} external" href="{lx:safe-url(@ref)}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise><span class="entity {$class}"><xsl:apply-templates/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:rs">
    <span class="entity unlinked {lx:name-class(., ())}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:date[@when or @from or @to]">
    <time title="{lx:date-value(.)}{if (@cert) then ' (certainty: ' || @cert || ')' else ''}">
      <xsl:if test="@when and matches(@when, '^\d{4}(-\d\d(-\d\d)?)?$')"><xsl:attribute name="datetime" select="@when"/></xsl:if>
      <xsl:apply-templates/>
    </time>
  </xsl:template>
</xsl:stylesheet>

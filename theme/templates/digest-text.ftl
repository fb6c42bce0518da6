<#ftl output_format="plainText" strip_whitespace=true>
<#-- The plain-text digest: the e-mail's text/plain alternative. -->
<#assign d = digest>
<#macro action a withSource=false>
- ${a.description()}<#if a.state() != "open"> (${a.state()})</#if> — <#if a.owner()??>${a.owner()}<#else>NO OWNER</#if>, <#if a.ticket()??>${a.ticket()}<#else>NO TICKET</#if><#if withSource> · from "${a.postmortemTitle()}" (${a.month()})</#if>
</#macro>
POSTMORTEM DIGEST: ${d.monthName()?upper_case}
${site.title}

${d.headline()}
<#if !nl.isAbsolute()>

Links in this digest are relative: the site has no baseUrl configured.
</#if>
<#if d.introHtml()??>

${nl.plain(d.introHtml())?trim}
</#if>


THE MONTH IN NUMBERS

Incidents:       ${d.numbers().incidents()} (${d.incidentChange()}); ${d.previousMonthName()}: ${d.previous().incidents()}
By severity:     ${d.numbers().severities()}; ${d.previousMonthName()}: ${d.previous().severities()}
By trigger:      ${d.numbers().triggers()}; ${d.previousMonthName()}: ${d.previous().triggers()}
Total duration:  ${nl.duration(d.numbers().total())}<#if d.numbers().unknownDurations() gt 0> (${d.numbers().unknownDurations()} unknown)</#if>; ${d.previousMonthName()}: <#if d.previous().incidents() == 0>no incidents<#else>${nl.duration(d.previous().total())}</#if>
Median duration: ${nl.duration(d.numbers().median())}<#if d.numbers().knownDurations() gt 0> (of ${d.numbers().knownDurations()} known)</#if>; ${d.previousMonthName()}: <#if d.previous().incidents() == 0>no incidents<#else>${nl.duration(d.previous().median())}</#if>


POSTMORTEMS

<#list d.reviewed() as c>
${c.title()}
${c.system()} · ${c.severity()!"severity unknown"} · ${nl.duration(c.duration())} · ${c.dateText()}
<#if c.summary()?has_content>${c.summary()}
</#if>
<#if c.rootCause()?has_content>Root cause: ${c.rootCause()}
</#if>
${nl.url(c.pagePath())}

<#else>
No reviewed postmortems this month yet.

</#list>
<#if d.inReview()?has_content>


IN REVIEW (not yet reviewed: findings may still change)

<#list d.inReview() as c>
- ${c.title()} — ${c.system()}, ${c.status()}
  ${nl.url(c.pagePath())}
</#list>
</#if>
<#if d.lessons()?has_content>


LESSONS LEARNED

<#list d.lessons() as l>
- ${l.text()} (${l.title()})
</#list>
</#if>


ACTION ITEMS

<#if d.opened()?has_content>
Opened this month (${d.openedStillOpen()} of ${d.opened()?size} still open):
<#list d.opened() as a><@action a/></#list>
<#else>
No action items opened this month.
</#if>
<#if d.stillOpenTotal() gt 0>

Still open from earlier months (${d.stillOpenTotal()}, oldest first):
<#list d.stillOpen() as a><@action a true/></#list>
<#if d.stillOpenTotal() gt d.stillOpen()?size>
and ${d.stillOpenTotal() - d.stillOpen()?size} more: ${nl.url("actions.html")}
</#if>
</#if>
<#if d.fromArchive()?has_content>


FROM THE ARCHIVE: ${d.yearEarlierName()?upper_case}

<#list d.fromArchive() as c>
- ${c.title()} — ${c.system()}
  ${nl.url(c.pagePath())}
</#list>
</#if>

--
Read this digest on the site: ${nl.url(d.pagePath())}

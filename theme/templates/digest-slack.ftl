<#ftl output_format="plainText" strip_whitespace=true>
<#-- The digest in Slack's mrkdwn, to paste into a channel: *bold*, <url|text> links, & < > escaped. -->
<#assign d = digest>
<#macro action a withSource=false>
• ${nl.slack(a.description())}<#if a.state() != "open"> (${nl.slack(a.state())})</#if> — <#if a.owner()??>${nl.slack(a.owner())}<#else>*no owner*</#if>, <#if a.ticket()??><#if a.ticketUrl()??>${nl.slackLink(a.ticketUrl(), a.ticket())}<#else>${nl.slack(a.ticket())}</#if><#else>*no ticket*</#if><#if withSource> · from ${nl.slackLink(nl.url(a.pagePath()), a.postmortemTitle())} (${a.month()})</#if>
</#macro>
*Postmortem digest: ${d.monthName()}*
${nl.slack(d.headline())}
<#if !nl.isAbsolute()>
_Links in this digest are relative: the site has no baseUrl configured._
</#if>
<#if d.introHtml()??>

${nl.slackIntro(d.introHtml())?trim}
</#if>

*The month in numbers*
• Incidents: ${d.numbers().incidents()} (${d.incidentChange()}); ${d.previousMonthName()}: ${d.previous().incidents()}
• By severity: ${nl.slack(d.numbers().severities())}; ${d.previousMonthName()}: ${nl.slack(d.previous().severities())}
• By trigger: ${nl.slack(d.numbers().triggers())}; ${d.previousMonthName()}: ${nl.slack(d.previous().triggers())}
• Total duration: ${nl.duration(d.numbers().total())}<#if d.numbers().unknownDurations() gt 0> (${d.numbers().unknownDurations()} unknown)</#if>; ${d.previousMonthName()}: <#if d.previous().incidents() == 0>no incidents<#else>${nl.duration(d.previous().total())}</#if>
• Median duration: ${nl.duration(d.numbers().median())}<#if d.numbers().knownDurations() gt 0> (of ${d.numbers().knownDurations()} known)</#if>; ${d.previousMonthName()}: <#if d.previous().incidents() == 0>no incidents<#else>${nl.duration(d.previous().median())}</#if>

*Postmortems*
<#list d.reviewed() as c>
• ${nl.slackLink(nl.url(c.pagePath()), c.title())} — ${nl.slack(c.system())} · ${nl.slack(c.severity()!"severity unknown")} · ${nl.duration(c.duration())} · ${c.dateText()}<#if c.rootCause()?has_content>
   _Root cause:_ ${nl.slack(c.rootCause())}</#if>
<#else>
No reviewed postmortems this month yet.
</#list>
<#if d.inReview()?has_content>

*In review* (findings may still change)
<#list d.inReview() as c>
• ${nl.slackLink(nl.url(c.pagePath()), c.title())} — ${nl.slack(c.system())}, ${c.status()}
</#list>
</#if>
<#if d.lessons()?has_content>

*Lessons learned*
<#list d.lessons() as l>
• ${nl.slack(l.text())} (${nl.slackLink(nl.url(l.pagePath()), l.title())})
</#list>
</#if>

*Action items*
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
${nl.slackLink(nl.url("actions.html"), "and " + (d.stillOpenTotal() - d.stillOpen()?size) + " more")}
</#if>
</#if>
<#if d.fromArchive()?has_content>

*From the archive: ${d.yearEarlierName()}*
<#list d.fromArchive() as c>
• ${nl.slackLink(nl.url(c.pagePath()), c.title())} — ${nl.slack(c.system())}
</#list>
</#if>

${nl.slackLink(nl.url(d.pagePath()), "Read this digest on the site")}

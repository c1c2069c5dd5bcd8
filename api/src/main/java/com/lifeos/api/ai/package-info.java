/**
 * AI insights as the event log knows them: a suggestion LifeOS offered (by its model or by its own rules) and
 * its acceptance as a goal or habit, so auditors see where a goal came from and later prompts can say what the
 * person took up. What a suggestion says is sealed with its owner's key: with {@code ai_share_private_text} on
 * it may echo private text.
 */
package com.lifeos.api.ai;

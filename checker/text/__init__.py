"""Everything postcheck knows about reading a post, in one place.

A check never splits sentences, finds links or folds disguised letters itself: the pipeline builds
one `PostView` per post (checker.text.view) and every check reads it. The modules here are the
only place where "what counts as a link", "a sentence", "a word" or "a hashtag" is defined:

- normalise: folding disguised letters (look-alikes, zero-width, leetspeak, repeats);
- words: words and whitespace-delimited chunks with offsets and folded forms, and the one
  builder of word-alternation patterns;
- sentences: the one sentence splitter;
- links: web addresses by the public suffix list (tldextract's bundled snapshot, never fetched);
- social: hashtags, @mentions, e-mail addresses, graphemes and emoji;
- places: GB place names (OS Open Names), loaded once for every check that asks;
- politics: the shared recogniser of party-political content (parties, slogans, campaigning),
  used by both the political and the pre-election checks;
- view: the PostView itself.
"""

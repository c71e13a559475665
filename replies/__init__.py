"""Reading residents' replies: pure functions, no I/O.

`replies.classify.classify` reads a reply; `replies.keywords`, the whole-message keywords;
`replies.labels`, the labels. The package itself imports none of them: the rules take about a
second to compile, which a process that needs only the labels or the model must not pay.
"""

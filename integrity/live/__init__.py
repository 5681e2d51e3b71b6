"""Live mode: checking a session while it is streamed, segment by segment, as the ASR writes it.

``incremental.LiveSession`` holds one stream's state and checks each new segment with a bounded
window of recent segments, the listings and the segments that state facts about the whole
session, so a segment costs the same at the start of a stream and three hours in; at the end
of the stream it checks the whole session once and writes what only that finds.
``protocol.LiveStream`` reads the JSON lines of the live protocol (a segment or a listing per
line) and writes one JSON object per segment; ``integrity live`` (standard input and output)
and the server's ``/api/v1/live`` both speak it.
"""

"""The printed material of a speed-dating meeting, made from its ``MeetingPlan``.

Five files a coordinator prints before the meeting: the master grid (round x table) the
organisers keep (``grid``), one agenda per participant (``agendas``), a folding card per
table (``cards``), the list of participants (``participants``) and the rules (``rules``).
Everything comes from the plan alone (no session, no Qt). Import the public names from
``dla_desktop.documents.pdf.meeting_materials``.
"""

"""An invented news story (four paragraphs) that the text-page tests of the metadata stages set
under headlines, bylines and date lines of their own."""

STORY = (
    "Heavy rain closed the coastal road between Marlow Bay and Stenford on Tuesday, and the "
    "council said repairs to the sea wall would take at least three weeks to finish.\n\n"
    "Engineers found two breaches in the wall after the storm surge, the council's roads chief "
    "told reporters at a briefing in the town hall on Tuesday afternoon.\n\n"
    "Buses will run on the inland route until the road reopens, adding about twenty minutes to "
    "each journey, the transport operator said in a statement on its website.\n\n"
    "Residents of the harbour district were asked to keep away from the promenade while divers "
    "inspect the foundations of the wall and the old pier beside it.\n"
)

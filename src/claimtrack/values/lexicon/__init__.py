"""The words values are written in, as plain data: one vocabulary for the reader
(claimtrack.values) and the finder (claimtrack.extract), so that a unit, a
currency or a month can never be readable but unfindable, or the other way round.

One module a concern: numbers, qualifiers, money, units, calendar. Nothing
here runs at import but literals; the reader and the finder index the tables
their own way.
"""

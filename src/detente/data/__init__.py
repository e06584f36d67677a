"""Package data: reference tables, the bundled US-DPRK record and its milestone ledger."""

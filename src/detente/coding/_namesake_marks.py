"""Places, leaders and armed groups only one of two namesake states has: what tells which Congo an article means
when it never names either in full.

News of the Democratic Republic of the Congo often names it only as "Congo" or "the Congolese army" and lets its
places, people and fighters say which Congo it is ("Congolese troops clashed with M23 rebels outside Goma",
"President Tshisekedi accused Rwanda", "the army's offensive in North Kivu"); news of the Republic of the Congo
does the same with its own ("Congolese President Denis Sassou Nguesso", "the port of Pointe-Noire"). A mark of one
state read in the article, and none of the other, decides as a full name does (:mod:`detente.coding._namesakes`).
Only names no other state shares are listed: cities, provinces and regions, heads of state, and armed groups and
missions by the names that are theirs alone ("the Allied Democratic Forces", never the short "ADF").
"""

from __future__ import annotations

import re

__all__ = ["DRC_MARKS", "ROC_MARKS"]

#: the Democratic Republic of the Congo's cities and provinces, its heads of state and leading politicians, the
#: armed groups that fight on its soil and the UN's missions there
DRC_MARKS = re.compile(
    r"\b(?:Goma|Bukavu|Bunia|Butembo|Uvira|Lubumbashi|Kisangani|Mbandaka|Kananga|Mbuji-Mayi|Kolwezi|Matadi"
    r"|Rutshuru|Masisi|Kiwanja|Walikale|Kivus?|Ituri|Kasai|Katanga|Tanganyika\s+province"
    r"|eastern\s+Congo|east\s+of\s+Congo"
    r"|Tshisekedi|Kabila|Mobutu|Lumumba|Katumbi|Fayulu|Ntaganda|Nkunda|Makenga|Nangaa"
    r"|M23|FARDC|MONUSCO|MONUC|FDLR|CODECO|Mai[-\s]Mai|Allied\s+Democratic\s+Forces|Congo\s+River\s+Alliance)\b")
#: the Republic of the Congo's cities and departments and its heads of state and government
ROC_MARKS = re.compile(
    r"\b(?:Pointe-Noire|Dolisie|Ouesso|Owando|Nkayi|Sassou[-\s]Nguesso|Lissouba|Kolelas|Makosso|Mokoko"
    r"|Ntumi)\b")

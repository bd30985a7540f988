"""Communication: templates with versions (templates), merge fields (fields), the guard of
public notices (guard), recipients (recipients), batches into one PDF (merge), the delivery
log (deliveries, listing_spec) and e-mail delivery (mailer)."""

from borgo_desktop.services.core import listing as _listing
from borgo_desktop.services.communication.listing_spec import DELIVERIES as _DELIVERIES

# The delivery log joins the window's lists (exports and prints find it by name).
_listing.SPECS.setdefault(_DELIVERIES.name, _DELIVERIES)

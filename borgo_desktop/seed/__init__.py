"""Made-up data: the demo borgo (``demo``) and a city-scale data set (``city``)."""

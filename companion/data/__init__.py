"""Static data shipped with the companion (taxonomies, lexicons)."""

"""Pure plotly figure factories: data in, ``plotly.graph_objects.Figure`` out.

No ``st.`` calls here. Each factory takes the language explicitly and titles its chart,
labels its axes with units and names its legend through :func:`dashboard.i18n.tr`.
"""

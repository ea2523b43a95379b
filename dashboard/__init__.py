"""Peninsula's Streamlit dashboard: pages over the :mod:`sim` API, charts in plotly."""

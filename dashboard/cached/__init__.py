"""Every cached call from the dashboard into :mod:`sim` lives in this package.

Pages never compute inside their render code: they build a frozen scenario (or plain,
hashable arguments), call a function here, and draw what it returns. One submodule per
model kind; functions take hashable arguments so ``st.cache_data`` can key on them.
"""

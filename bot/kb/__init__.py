"""The knowledge base: programs and sourced aggregate facts, validated, loaded and queried.

Modules: ``schemas`` (row validation), ``models`` (tables), ``loader`` (check and load a
folder of CSV files), ``repository`` (queries), ``stats`` (counts for ``advisor kb stats``).
"""

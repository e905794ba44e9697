"""industries"""

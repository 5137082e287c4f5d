"""Dialogs opened from the menus: download MNIST, import a CSV table."""

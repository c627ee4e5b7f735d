import { render } from 'preact';
import { addUiStyles } from '../ui/styles';
import { OptionsPage } from './options-page';
import './options.css';

addUiStyles(document);
render(<OptionsPage />, document.getElementById('app')!);

// What the web interface's forms take from the API's entries, without the Nest modules and services those entries
// also load: Nest's packages are ES modules Jest cannot load. A form's spec mocks the entries with these:
//   jest.mock('@ledelsesrum/api/cycles', () => jest.requireActual('<path>/testing/api-forms').cycles);
import 'reflect-metadata';
import { AmendMeetingRecordDto } from '../../../api/src/cycles/dto/amend-meeting-record.dto';
import { ConfirmCascadeDto } from '../../../api/src/cycles/dto/confirm-cascade.dto';
import { LaunchCycleDto } from '../../../api/src/cycles/dto/launch-cycle.dto';
import { RecordMeetingDto } from '../../../api/src/cycles/dto/record-meeting.dto';
import { SetAgendaDto } from '../../../api/src/cycles/dto/set-agenda.dto';
import { wordedText } from '../../../api/src/common/field-message';
import { VALIDATION_OPTIONS } from '../../../api/src/common/validation-options';
import { Omittable } from '../../../api/src/common/presence';

export const cycles = { AmendMeetingRecordDto, ConfirmCascadeDto, LaunchCycleDto, RecordMeetingDto, SetAgendaDto };
export const common = { VALIDATION_OPTIONS, Omittable, wordedText };
